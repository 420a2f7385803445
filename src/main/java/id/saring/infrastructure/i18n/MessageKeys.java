package id.saring.infrastructure.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@code String} constants are all keys of one message bundle, so that a test
 * can find every such class and check each key is written in every language.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MessageKeys {

    /** The bundle's base name. */
    String value() default Messages.BUNDLE;
}
