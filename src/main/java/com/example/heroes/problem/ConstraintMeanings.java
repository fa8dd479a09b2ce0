package com.example.heroes.problem;

import java.util.List;

/**
 * The meanings of a feature's constraints: each feature whose migration creates
 * constraints declares one bean of this type, so that the knowledge of its tables stays
 * with it, and {@link DatabaseConstraints} answers a violation from the whole set.
 */
public interface ConstraintMeanings {

	List<ConstraintMeaning> meanings();

}
