package uk.police.saferportal.content.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own: for code that reads through JPA on a thread of the managed
 * executor, where no request surrounds it and an entity manager used without a transaction is
 * closed after its first query (the read cache's warming).
 */
@ApplicationScoped
public class InTransaction {
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T get(Supplier<T> work) {
    return work.get();
  }
}
