package no.boforum.platform.pagecache;

import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells the page cache that the request being served wrote to the database: every statement that
 * returns no rows (an insert, update or delete, by an entity or a query) once it has run. A request
 * that wrote nothing (a form sent back with an error, a page asked for with {@code POST}) then
 * drops no page. EclipseLink makes one for its session (persistence.xml), on the thread that runs
 * the statement, which is the request's.
 */
public class WriteListener extends SessionEventAdapter {
  @Override
  public void postExecuteCall(SessionEvent event) {
    if (event.getCall() instanceof DatasourceCall call
        && (call.isNothingReturned() || call.isExecuteUpdate())) {
      PageCache.wrote();
    }
  }
}
