package dk.forbind.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a resource class) as an operation agency systems may call when a
 * grant names it: {@code api:<api>.<value>}, e.g. {@code api:transparency.auditor}. An agency system reaches no
 * operation without this mark, whatever its grants say.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AgencyOperation {
    String value();
}
