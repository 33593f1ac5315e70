package org.iccindex.account.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * For web slices that render pages: the bean the page header asks who is signed in ({@code @accountNavigation}).
 * It reads the security context, so it goes with {@code org.iccindex.account.ApplicationSecurity}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(AccountNavigation.class)
public @interface AccountHeader {}
