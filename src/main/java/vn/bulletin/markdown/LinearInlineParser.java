package vn.bulletin.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, with its two regular-expression steps made to cost what they match.
 * Flexmark takes each match through {@link Matcher#toMatchResult()}, which on Java 17 copies the
 * whole paragraph, so a paragraph of n entities, links, autolinks or reference definitions took
 * time in n times its length. The matching itself is Flexmark's, unchanged.
 */
final class LinearInlineParser extends InlineParserImpl {
  private static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /**
   * A parser builder with this inline parser. Flexmark reads link definitions with its own inline
   * parser only, so with any other it must be told to read them.
   */
  static Parser.Builder builder(DataHolder options) {
    return Parser.builder(options)
        .customInlineParserFactory(FACTORY)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  private LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        extensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = matcher(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = matcher(re);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }
}
