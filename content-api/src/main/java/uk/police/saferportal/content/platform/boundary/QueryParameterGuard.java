package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * Rejects query parameters the matched resource method does not declare, so a misspelt filter
 * ({@code ?topc=burglary}) is a 400 rather than an unfiltered answer the client trusts.
 */
@Provider
public class QueryParameterGuard implements ContainerRequestFilter {
  private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> allowed = declared.computeIfAbsent(method, QueryParameterGuard::queryParamsOf);
    for (String name : request.getUriInfo().getQueryParameters().keySet()) {
      if (!allowed.contains(name)) {
        String expected = allowed.isEmpty() ? "none" : String.join(", ", allowed);
        throw ProblemException.invalidParameter(
            name, "Unknown query parameter '" + name + "'. Expected: " + expected + ".");
      }
    }
  }

  private static Set<String> queryParamsOf(Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
    }
    return Set.copyOf(names);
  }
}
