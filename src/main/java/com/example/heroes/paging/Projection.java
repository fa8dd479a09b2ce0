package com.example.heroes.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

/**
 * What a page reads of each row: the columns it selects, and the record it makes of them.
 * A page of records read this way costs no entities: Hibernate makes none and keeps none
 * in its persistence context.
 *
 * @param <E> the entity the rows are of
 * @param <R> the record made of each row
 * @param columns the columns, in the order {@code read} takes them
 * @param read makes the record of one row's columns
 */
public record Projection<E, R>(Function<Root<E>, List<Path<?>>> columns, Function<List<?>, R> read) {

}
