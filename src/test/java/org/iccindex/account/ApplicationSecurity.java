package org.iccindex.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For web slices ({@code @WebMvcTest}): the application's own {@link SecurityConfiguration} (public routes, sign-in
 * redirects, CSRF, security headers) in place of Spring Boot's default, with the account store, the audit and the
 * sign-in throttle mocked. Enough for what an anonymous visitor meets; signing in with a password needs the real
 * account store, so tests of that stay integration tests. It needs a {@code Clock} bean (see
 * {@code org.iccindex.ApplicationClock}). The real {@link AccountUserDetailsService} is imported so that Spring Boot's
 * default in-memory user is not made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, AccountUserDetailsService.class, CurrentUsers.class})
@MockitoBean(types = {AccountStore.class, AccountAudit.class, LoginThrottle.class})
public @interface ApplicationSecurity {}
