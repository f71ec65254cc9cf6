package no.boforum.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method (or a whole resource) that changes something and that a visitor without a
 * login may call: logging in, registering, a password reset, a mailed link's token. Every other
 * POST, PUT, PATCH and DELETE answers 401 to an anonymous caller before its input is read or
 * checked ({@code identity.api.LoginFirstFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenWrite {}
