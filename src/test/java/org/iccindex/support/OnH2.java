package org.iccindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a test class against the application on an in-memory H2 database without demo data. The database belongs to
 * the application context, not to the class: Spring's test context cache hands every class with the same
 * configuration (every plain {@code @OnH2} class) the same context, and so the same database, in the order the
 * classes run. Tests therefore make their own rows (unique names) and assert on those, or on differences of counts.
 * {@code ${random.uuid}} keeps it apart from the databases of other contexts (a class that adds a mock or a property
 * gets another context, with another database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1", "icc.demo.enabled=false"})
public @interface OnH2 {}
