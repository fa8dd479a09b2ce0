package com.example.heroes.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link IntegrationTest} class whose tests share rows it seeds once (a large data
 * set, say): the tables are not emptied before each of its tests. The class empties them
 * itself before seeding, and the next class starts clean as usual.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeepsRows {

}
