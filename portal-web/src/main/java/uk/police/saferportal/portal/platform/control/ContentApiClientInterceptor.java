package uk.police.saferportal.portal.platform.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Sends every call of a {@link ContentApiClient} through the circuit of its kind. */
@ContentApiClient
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ContentApiClientInterceptor {
  @Inject ContentApiCircuit circuit;

  @AroundInvoke
  Object call(InvocationContext call) throws Exception {
    return ContentApiCircuit.isStaff(call.getMethod())
        ? circuit.staff(call::proceed)
        : circuit.read(call::proceed);
  }
}
