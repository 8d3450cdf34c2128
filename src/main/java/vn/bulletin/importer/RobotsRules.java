package vn.bulletin.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as it applies to bulletin: the group naming {@code bulletin}, else the one
 * for {@code *}; the longest matching Allow or Disallow rule decides (Allow on a tie), with {@code
 * *} and {@code $} as in RFC 9309; and its Crawl-delay.
 */
final class RobotsRules {
  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Optional.empty());

  private record Rule(boolean allow, String path, Pattern pattern) {}

  private final List<Rule> rules;
  private final Optional<Duration> crawlDelay;

  private RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  Optional<Duration> crawlDelay() {
    return crawlDelay;
  }

  static RobotsRules parse(String text, String agentToken) {
    List<Rule> mine = new ArrayList<>();
    List<Rule> any = new ArrayList<>();
    Optional<Duration> myDelay = Optional.empty();
    Optional<Duration> anyDelay = Optional.empty();
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\\R")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      inRules = true;
      boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && agentToken.contains(a));
      boolean forAny = agents.contains("*");
      if ((key.equals("allow") || key.equals("disallow")) && !value.isEmpty()) {
        Rule rule = new Rule(key.equals("allow"), value, compile(value));
        (forMe ? mine : forAny ? any : new ArrayList<Rule>()).add(rule);
      } else if (key.equals("crawl-delay") && value.matches("[0-9]+(\\.[0-9]+)?")) {
        Duration d = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        myDelay = forMe ? Optional.of(d) : myDelay;
        anyDelay = forAny ? Optional.of(d) : anyDelay;
      }
    }
    boolean useMine = !mine.isEmpty() || myDelay.isPresent();
    return new RobotsRules(useMine ? mine : any, useMine ? myDelay : anyDelay);
  }

  boolean allows(String pathAndQuery) {
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.pattern().matcher(pathAndQuery).lookingAt()
          && (best == null
              || rule.path().length() > best.path().length()
              || rule.path().length() == best.path().length() && rule.allow())) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  private static Pattern compile(String path) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*') {
        regex.append(".*");
      } else if (c == '$' && i == path.length() - 1) {
        regex.append("$");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
