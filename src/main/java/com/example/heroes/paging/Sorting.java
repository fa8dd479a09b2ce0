package com.example.heroes.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.heroes.problem.InvalidRequestException;

/**
 * The allow-list of sort fields of one kind of list, and the parser of its {@code sort}
 * parameter. Every order ends with the id, so rows never tie and pages never overlap or
 * skip; the id takes the direction of the last field the client named, so that one index
 * on {@code (field, id)} serves both directions. Spring Data's {@code Sort} binding
 * spells a descending field {@code sort=name,desc}, the contract {@code -name}: the
 * parser is ours.
 *
 * @param <E> the entity listed
 */
public final class Sorting<E> {

	private final String scope;

	private final SortField<E> id;

	private final Map<String, SortField<E>> fields;

	/**
	 * @param scope the name cursors of this list carry, so that a cursor of another kind
	 * of list is refused
	 * @param id the unique tie-breaker, also the default order
	 * @param others the other fields clients may sort by
	 */
	@SafeVarargs
	public Sorting(String scope, SortField<E> id, SortField<E>... others) {
		this.scope = scope;
		this.id = id;
		this.fields = new LinkedHashMap<>();
		this.fields.put(id.name(), id);
		Arrays.stream(others).forEach((field) -> this.fields.put(field.name(), field));
	}

	private Sorting(String scope, Sorting<E> kind) {
		this.scope = scope;
		this.id = kind.id;
		this.fields = kind.fields;
	}

	/**
	 * The same orders for one list of this kind, such as the heroes of team 7: its
	 * cursors name that list, so that another list of the kind (the heroes of team 8, or
	 * all heroes) refuses them, as it refuses a cursor of another kind.
	 * @param list what tells this list from the others of its kind, e.g. {@code team=7}
	 */
	public Sorting<E> within(String list) {
		return new Sorting<>(this.scope + "/" + list, this);
	}

	String scope() {
		return this.scope;
	}

	/** The fields clients may sort by, as a message names them. */
	private String allowed() {
		return String.join(", ", this.fields.keySet());
	}

	/** Reads {@code sort=-age,name}; a blank value means the default order, by id. */
	List<SortKey<E>> parse(String sort) {
		List<SortKey<E>> keys = new ArrayList<>();
		if (sort != null && !sort.isBlank()) {
			for (String term : sort.split(",", -1)) {
				keys.add(parseTerm(term.strip(), keys));
			}
		}
		if (keys.stream().noneMatch((key) -> key.field() == this.id)) {
			boolean descending = !keys.isEmpty() && keys.get(keys.size() - 1).descending();
			keys.add(new SortKey<>(this.id, descending));
		}
		return keys;
	}

	private SortKey<E> parseTerm(String term, List<SortKey<E>> earlier) {
		boolean descending = term.startsWith("-");
		String name = descending ? term.substring(1) : term;
		if (name.isEmpty()) {
			throw new InvalidRequestException("sort", "has an empty field; write fields separated by commas");
		}
		SortField<E> field = this.fields.get(name);
		if (field == null) {
			throw new InvalidRequestException("sort", "can only name " + allowed());
		}
		if (earlier.stream().anyMatch((key) -> key.field() == field)) {
			throw new InvalidRequestException("sort", "names a field more than once");
		}
		return new SortKey<>(field, descending);
	}

	static String canonical(List<? extends SortKey<?>> keys) {
		return keys.stream().map(SortKey::toString).collect(Collectors.joining(","));
	}

}
