package vn.bulletin.server;

import java.util.Optional;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The service's one routing decision: the visits and search APIs, the live preview's endpoints in
 * watch mode, else the site's files when served.
 */
final class Routes extends Handler.Abstract {
  private final VisitsHandler visits;
  private final SearchHandler search;
  private final Optional<SiteHandler> site;
  private final Optional<LiveReload> live;

  Routes(
      VisitsHandler visits,
      SearchHandler search,
      Optional<SiteHandler> site,
      Optional<LiveReload> live) {
    this.visits = visits;
    this.search = search;
    this.site = site;
    this.live = live;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    if (path.equals(VisitsHandler.PATH)) {
      visits.handle(request, response, callback);
    } else if (path.equals(SearchHandler.PATH)) {
      search.handle(request, response, callback);
    } else if (live.isPresent() && LiveReload.handles(path)) {
      live.get().handle(request, response, callback);
    } else if (site.isPresent() && !path.startsWith("/api/")) {
      site.get().handle(request, response, callback);
    } else {
      Responses.error(
          response,
          callback,
          HttpStatus.NOT_FOUND_404,
          "not found; the API is " + VisitsHandler.PATH + " and " + SearchHandler.PATH);
    }
    return true;
  }
}
