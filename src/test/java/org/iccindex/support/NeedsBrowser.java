package org.iccindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives Chromium through ChromeDriver. Where either is missing the class is skipped with
 * one line saying what to install; under CI ({@code CI=true}) it fails instead, so CI always runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExternalTools.class)
public @interface NeedsBrowser {}
