package vn.bulletin.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.plan.PageSpec;

/** Renders planned pages with one FreeMarker configuration, shared by all rendering threads. */
public final class PageRenderer {
  /** A rendered page, or the diagnostic that kept it from rendering. */
  public record Result(String path, byte[] bytes, Diagnostic problem) {
    public boolean failed() {
      return problem != null;
    }
  }

  private final Configuration freemarker;
  private final TemplateSource source;

  public PageRenderer(TemplateSource source, Locale locale, ZoneId zone) {
    this.source = source;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(source.loader());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(locale);
    cfg.setTimeZone(TimeZone.getTimeZone(zone));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setObjectWrapper(new ViewWrapper());
    this.freemarker = cfg;
  }

  public Result render(PageSpec page) {
    try {
      Template template = freemarker.getTemplate(page.template());
      StringWriter out = new StringWriter(16 * 1024);
      template.process(page.model(), out);
      return new Result(page.path(), out.toString().getBytes(StandardCharsets.UTF_8), null);
    } catch (ParseException e) {
      return failed(
          page,
          e.getTemplateName(),
          e.getLineNumber(),
          e.getColumnNumber(),
          firstLine(e.getEditorMessage()));
    } catch (TemplateException e) {
      String what =
          e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
              ? "\"" + e.getBlamedExpressionString() + "\" is undefined"
              : firstLine(e.getMessageWithoutStackTop());
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      return failed(page, e.getTemplateSourceName(), line, column, what);
    } catch (IOException e) {
      return new Result(
          page.path(),
          null,
          Diagnostic.error(
              source.displayName(page.template()), "cannot read the template: " + e.getMessage()));
    } catch (StackOverflowError e) {
      // Only a macro or #include that calls itself without end gets here; it is the template's
      // mistake.
      return failed(page, page.template(), 0, 0, "a macro or #include calls itself without end");
    }
  }

  private Result failed(PageSpec page, String template, int line, int column, String message) {
    String name = template == null ? page.template() : template;
    String rendering =
        "rendering " + (page.sourcePath().isEmpty() ? "/" + page.path() : page.sourcePath());
    return new Result(
        page.path(),
        null,
        Diagnostic.error(source.displayName(name), message)
            .at(line, column, 1, source.line(name, line))
            .withContext(rendering));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "template error";
    }
    String t = text.strip();
    int newline = t.indexOf('\n');
    return newline < 0 ? t : t.substring(0, newline).strip();
  }
}
