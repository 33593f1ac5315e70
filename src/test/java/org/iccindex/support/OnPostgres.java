package org.iccindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the application on a real PostgreSQL database without demo data. As with {@link OnH2},
 * the database belongs to the application context ({@link EmbeddedPostgresInitializer} creates one per context), and
 * the context is shared by every class with the same configuration: tests make their own rows and assert on those.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "icc.demo.enabled=false")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface OnPostgres {}
