package org.iccindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a test class against the application on an in-memory H2 database loaded with the demo data, shared (as
 * {@link OnH2} explains) with the other classes of the same configuration: what a test adds, the next class sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1", "icc.demo.enabled=true"
        })
public @interface OnH2WithDemo {}
