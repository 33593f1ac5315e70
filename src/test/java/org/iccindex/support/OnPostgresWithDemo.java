package org.iccindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the application on a real PostgreSQL database loaded with the demo data, shared (as
 * {@link OnH2} explains) with the other classes of the same configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "icc.demo.enabled=true")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface OnPostgresWithDemo {}
