package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import vn.bulletin.model.Category;

/**
 * Writes {@code site/search/}: {@code manifest.json} (small, the only file whose name never
 * changes) and content-named chunks: {@code u/} folded syllables, {@code b/} bigrams, {@code t/}
 * postings of large terms, {@code m/} result rows by {@link #GROUP} slots, {@code c/} slots per
 * category, {@code o/} each slot's place in date order, {@code n/} each slot's length norms. The
 * format is read by {@code assets/search-index.js}.
 *
 * <p>Records hold term counts, not weights: the collection's statistics are in the manifest and the
 * lengths in the norms file. From a previous export with the same slots, only the records of the
 * terms an added, changed, removed or moved item held or holds are read again from the index; the
 * others are taken as they were, and a chunk made of the same records keeps its name and is not
 * compressed again.
 */
final class StaticExport {
  static final int FORMAT = 4;

  /** Slots per metadata chunk: an edit rewrites the one chunk of its item. */
  static final int GROUP = 64;

  /** What changed since the previous export. */
  record Changes(Map<String, ItemTerms> analysed, Set<String> removed, OldDocs oldDocs) {}

  /** The previous index's documents, by path. */
  interface OldDocs {
    OldDoc of(String path) throws IOException;
  }

  /**
   * One document of the previous index (or none): how often it held a term in a field, 0 when not
   * at all.
   */
  interface OldDoc {
    int freq(String field, String term) throws IOException;
  }

  private final Postings postings;
  private final DocTable table;
  private final List<Category> categories;
  private final IntFunction<String> storedRow;

  /**
   * @param storedRow the row of the item in a slot, from the index: for items not analysed in this
   *     build
   */
  StaticExport(
      Postings postings, DocTable table, List<Category> categories, IntFunction<String> storedRow) {
    this.postings = postings;
    this.table = table;
    this.categories = categories;
    this.storedRow = storedRow;
  }

  /** The export, from the previous one when there is one with the same slots. */
  Result export(ExportState previous, Changes changes, Predicate<String> live) throws IOException {
    boolean incremental = previous != null && previous.table().sameSlots(table);
    TreeMap<String, byte[]> unigrams =
        incremental ? new TreeMap<>(previous.unigrams()) : new TreeMap<>();
    TreeMap<String, byte[]> bigrams =
        incremental ? new TreeMap<>(previous.bigrams()) : new TreeMap<>();
    ExportFiles files =
        new ExportFiles(p -> previous != null && previous.files().contains(p) && live.test(p));
    Map<String, byte[]> ownFiles = new HashMap<>();
    Set<String> touched = incremental ? touchedPaths(previous.table(), changes) : Set.of();
    TreeSet<String> u;
    TreeSet<String> b;
    if (incremental) {
      u = affected(previous.unigrams(), previous, changes, touched, true, ownFiles);
      b = affected(previous.bigrams(), previous, changes, touched, false, ownFiles);
    } else {
      u = postings.allUnigrams();
      b = postings.allBigrams();
    }
    Map<String, List<String>> variants = postings.variants(incremental ? u : null);
    for (String term : u) {
      put(unigrams, term, postings.unigram(term, variants.getOrDefault(term, List.of())), files);
    }
    for (String term : b) {
      put(bigrams, term, postings.bigram(term), files);
    }
    ownFiles.forEach((name, raw) -> files.addChunk("t", raw));
    SpaceWriter.Directory uDir = new SpaceWriter(files, "u").write(unigrams);
    SpaceWriter.Directory bDir = new SpaceWriter(files, "b").write(bigrams);
    String[] meta = meta(files, incremental ? previous : null, changes, touched);
    String order = files.addChunk("o", order());
    String norms = files.addChunk("n", table.norms());
    byte[] manifest =
        Manifest.write(table, uDir, bDir, List.of(meta), order, norms, categoryFiles(files));
    files.add("manifest.json", manifest);
    ExportState next =
        new ExportState(
            table,
            unigrams,
            bigrams,
            ownFilesOf(files),
            meta,
            new HashSet<>(files.all().keySet()),
            manifest);
    return new Result(
        next, new ArrayList<>(files.all().values()), u.size() + b.size(), !incremental);
  }

  /** The export's files and the state the next export starts from. */
  record Result(ExportState state, List<SearchExport.File> files, int recordsRead, boolean full) {}

  private static Map<String, byte[]> ownFilesOf(ExportFiles files) {
    Map<String, byte[]> out = new HashMap<>();
    files
        .raw()
        .forEach(
            (path, raw) -> {
              if (path.startsWith(ExportFiles.ROOT + "t/")) {
                out.put(
                    path.substring(
                        (ExportFiles.ROOT + "t/").length(), path.length() - ".bin".length()),
                    raw);
              }
            });
    return out;
  }

  /** How a record is read for a term. */
  private interface Reading {
    TermRecord read(Postings postings, String term) throws IOException;
  }

  // Records are read on every core, each thread with its own fork of the postings reader.
  private TermRecord[] records(List<String> terms, Reading reading) throws IOException {
    TermRecord[] out = new TermRecord[terms.size()];
    int parts =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), terms.size() / 64));
    try {
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              part -> {
                Postings own = postings.fork();
                try {
                  for (int i = part; i < out.length; i += parts) {
                    out[i] = reading.read(own, terms.get(i));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  private static void put(
      TreeMap<String, byte[]> space, String term, TermRecord record, ExportFiles files) {
    if (record == null) {
      space.remove(term);
    } else {
      space.put(term, RecordCodec.encode(record, files));
    }
  }

  // Items whose slot's postings change: analysed again, removed, or moved to another slot.
  private Set<String> touchedPaths(DocTable old, Changes changes) {
    Set<String> touched = new HashSet<>(changes.analysed().keySet());
    touched.addAll(changes.removed());
    old.slotOf.forEach(
        (path, slot) -> {
          Integer now = table.slotOf.get(path);
          if (now != null && now.intValue() != slot) {
            touched.add(path);
          }
        });
    return touched;
  }

  /**
   * The terms whose records may change. An item edited in place (same slot and place in date order)
   * changes only the records of the terms whose counts in it moved, in any field or spelling: those
   * it gained, lost or holds a different number of times; and, if its length norms moved, the cut
   * records of the terms it holds. For any other analysed, removed or moved item, every term it
   * held or holds; and every cut record when the new number of items or the rounded averages change
   * it.
   */
  private TreeSet<String> affected(
      TreeMap<String, byte[]> records,
      ExportState previous,
      Changes changes,
      Set<String> touched,
      boolean unigram,
      Map<String, byte[]> ownFiles)
      throws IOException {
    DocTable old = previous.table();
    List<ItemTerms> inPlace = inPlace(old, changes);
    Set<String> inPlacePaths = new HashSet<>();
    inPlace.forEach(item -> inPlacePaths.add(item.path()));
    TreeSet<String> out = new TreeSet<>();
    List<Set<String>> held = new ArrayList<>();
    List<OldDoc> inPlaceDocs = new ArrayList<>();
    Set<String> lengthsMoved = new HashSet<>();
    for (ItemTerms item : inPlace) {
      held.add(new HashSet<>(List.of(terms(item, unigram))));
      if (!table.sameLengths(table.slotOf.get(item.path()), old)) {
        lengthsMoved.addAll(held.get(held.size() - 1));
      }
      OldDoc before = changes.oldDocs().of(item.path());
      inPlaceDocs.add(before);
      out.addAll(new ItemDelta(before, item).changed(unigram));
    }
    for (ItemTerms item : changes.analysed().values()) {
      if (!inPlacePaths.contains(item.path())) {
        out.addAll(List.of(terms(item, unigram)));
      }
    }
    boolean[] otherSlots = new boolean[old.slots];
    List<OldDoc> otherDocs = new ArrayList<>();
    for (String path : touched) {
      Integer slot = old.slotOf.get(path);
      if (slot != null && !inPlacePaths.contains(path)) {
        otherSlots[slot] = true;
        otherDocs.add(changes.oldDocs().of(path));
      }
    }
    boolean[] oneSlot = new boolean[old.slots];
    boolean averagesMoved = !table.sameAverages(old);
    CutCheck cuts = new CutCheck(postings, table, old);
    Map<String, String> keptFiles = new HashMap<>();
    for (var e : records.entrySet()) {
      String term = e.getKey();
      RecordCodec.Header h = RecordCodec.header(e.getValue());
      boolean inline = h.file() == null && !h.truncated();
      boolean recut =
          PostingsBuilder.truncated(h.df(), table.docs) != h.truncated()
              || h.truncated()
                  && (PostingsBuilder.keep(table.docs) != PostingsBuilder.keep(old.docs)
                      || averagesMoved
                      || lengthsMoved.contains(term)
                          && !cuts.stands(term, e.getValue(), h, unigram, inPlace, held));
      boolean rebuild =
          recut
              || (inline
                  ? RecordCodec.holdsAny(e.getValue(), h, otherSlots)
                  : heldByOld(otherDocs, term, unigram));
      for (int i = 0; !rebuild && i < inPlace.size(); i++) {
        if (!held.get(i).contains(term)) {
          String path = inPlace.get(i).path();
          if (inline) {
            int slot = old.slotOf.get(path);
            oneSlot[slot] = true;
            rebuild = RecordCodec.holdsAny(e.getValue(), h, oneSlot);
            oneSlot[slot] = false;
          } else {
            rebuild = heldByOld(List.of(inPlaceDocs.get(i)), term, unigram);
          }
        }
      }
      if (rebuild) {
        out.add(term);
      } else if (h.file() != null) {
        keptFiles.put(term, h.file());
      }
    }
    keptFiles.forEach(
        (term, file) -> {
          if (!out.contains(term)) {
            ownFiles.put(file, previous.ownFiles().get(file));
          }
        });
    return out;
  }

  /**
   * Past this many edited items, telling their changed terms apart costs more than reading all
   * their terms.
   */
  static final int MOST_IN_PLACE = 16;

  // The analysed items that kept their slot and their place in date order.
  private List<ItemTerms> inPlace(DocTable old, Changes changes) {
    List<ItemTerms> out = new ArrayList<>();
    for (ItemTerms item : changes.analysed().values()) {
      Integer before = old.slotOf.get(item.path());
      Integer now = table.slotOf.get(item.path());
      if (before != null && before.equals(now) && old.order[before] == table.order[now]) {
        out.add(item);
      }
    }
    return out.size() > MOST_IN_PLACE ? List.of() : out;
  }

  private static String[] terms(ItemTerms item, boolean unigram) {
    if (!unigram) {
      return item.bigrams().terms();
    }
    Set<String> all = new java.util.LinkedHashSet<>(List.of(item.titleFold().terms()));
    all.addAll(List.of(item.bodyFold().terms()));
    return all.toArray(String[]::new);
  }

  private static boolean heldByOld(List<OldDoc> docs, String term, boolean unigram)
      throws IOException {
    for (OldDoc doc : docs) {
      if (unigram
          ? doc.freq(IndexFields.TITLE_FOLD, term) > 0 || doc.freq(IndexFields.BODY_FOLD, term) > 0
          : doc.freq(IndexFields.TEXT_BIGRAMS, term) > 0) {
        return true;
      }
    }
    return false;
  }

  // Rows by group of slots; from a previous export only the groups of touched items are made again.
  private String[] meta(
      ExportFiles files, ExportState previous, Changes changes, Set<String> touched) {
    int groups = table.slots / GROUP;
    String[] names = new String[groups];
    Set<Integer> remake = new HashSet<>();
    if (previous == null) {
      for (int g = 0; g < groups; g++) {
        remake.add(g);
      }
    } else {
      System.arraycopy(previous.metaNames(), 0, names, 0, groups);
      for (int g = 0; g < groups; g++) {
        if (!files.isLive("m", names[g])) {
          remake.add(g);
        }
      }
      for (String path : touched) {
        Integer old = previous.table().slotOf.get(path);
        Integer now = table.slotOf.get(path);
        if (old != null) {
          remake.add(old / GROUP);
        }
        if (now != null) {
          remake.add(now / GROUP);
        }
      }
    }
    for (int g : remake) {
      List<String> rows = new ArrayList<>(GROUP);
      for (int slot = g * GROUP; slot < (g + 1) * GROUP; slot++) {
        rows.add(row(slot, changes));
      }
      names[g] =
          files.addChunk(
              "m", ("[" + String.join(",\n", rows) + "]").getBytes(StandardCharsets.UTF_8));
    }
    for (int g = 0; g < groups; g++) {
      if (!remake.contains(g)) {
        files.keepLive("m", names[g]);
      }
    }
    return names;
  }

  private String row(int slot, Changes changes) {
    String path = table.path[slot];
    if (path == null) {
      return "null";
    }
    ItemTerms item = changes.analysed().get(path);
    return item != null ? item.row() : storedRow.apply(slot);
  }

  // For each slot its place in date order (1 the oldest), 0 for an empty one.
  private byte[] order() {
    ByteSink out = new ByteSink();
    for (int o : table.order) {
      out.varint(o);
    }
    return out.toByteArray();
  }

  // A slot list per category that has items, in the site's category order.
  private List<Manifest.CategoryFile> categoryFiles(ExportFiles files) {
    Map<String, String> names = new LinkedHashMap<>();
    categories.forEach(c -> names.put(c.slug(), c.name()));
    Map<String, ByteSink> slots = new LinkedHashMap<>();
    int[] last = new int[1];
    Map<String, Integer> previous = new HashMap<>();
    for (int slot = 0; slot < table.slots; slot++) {
      String slug = table.category[slot];
      if (slug != null) {
        names.putIfAbsent(slug, table.categoryName[slot]);
        last[0] = previous.getOrDefault(slug, 0);
        slots.computeIfAbsent(slug, s -> new ByteSink()).varint(slot - last[0]);
        previous.put(slug, slot);
      }
    }
    List<Manifest.CategoryFile> out = new ArrayList<>();
    names.forEach(
        (slug, name) -> {
          if (slots.containsKey(slug)) {
            out.add(
                new Manifest.CategoryFile(
                    slug, name, files.addChunk("c", slots.get(slug).toByteArray())));
          }
        });
    return out;
  }
}
