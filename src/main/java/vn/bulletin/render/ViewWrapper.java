package vn.bulletin.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import vn.bulletin.model.HtmlBody;

/**
 * FreeMarker's default wrapping of the view records, but for a body: templates see it as its HTML
 * text ({@code ${item.bodyHtml?no_esc}}), decoded only when a page that shows it is rendered.
 */
final class ViewWrapper extends DefaultObjectWrapper {
  ViewWrapper() {
    super(Configuration.VERSION_2_3_34);
  }

  @Override
  protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
    if (value instanceof HtmlBody body) {
      return new SimpleScalar(body.html());
    }
    return super.handleUnknownType(value);
  }
}
