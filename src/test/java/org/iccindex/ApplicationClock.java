package org.iccindex;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * For web slices ({@code @WebMvcTest}), which leave the application's configuration out: its one clock and the
 * {@code times} bean pages show times with ({@link ClockConfiguration}), as the application configures them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ClockConfiguration.class)
public @interface ApplicationClock {}
