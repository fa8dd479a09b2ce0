package com.example.heroes.paging;

/**
 * One term of an ORDER BY: a field and its direction.
 *
 * @param <E> the entity listed
 * @param field the field
 * @param descending whether it sorts descending
 */
record SortKey<E>(SortField<E> field, boolean descending) {

	@Override
	public String toString() {
		return (this.descending ? "-" : "") + this.field.name();
	}

}
