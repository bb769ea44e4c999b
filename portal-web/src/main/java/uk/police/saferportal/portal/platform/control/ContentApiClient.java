package uk.police.saferportal.portal.platform.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST client interface of the content API: every call of it goes through the {@link
 * ContentApiCircuit} (bounded in time, cut off while the API keeps failing) and carries the request
 * id ({@link ContentApiRequests}). The rest client runs the CDI interceptors bound to its interface
 * ({@link ContentApiClientInterceptor}). Staff clients (signed-in calls, writes) are given longer
 * than the public reads a resident waits for.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ContentApiClient {
  /** Whether the client's calls are staff calls (longer time-out, their own circuit). */
  @Nonbinding
  boolean staff() default false;
}
