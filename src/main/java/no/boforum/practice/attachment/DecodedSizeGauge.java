package no.boforum.practice.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Measures how large the streams that text extraction unpacks become, before PDFBox unpacks them.
 * PDFBox 3 decodes a page's content stream, a form's stream and an embedded font completely into
 * memory before reading a single instruction, so the extraction budget cannot stop a small file of
 * compressed blanks that unpacks into a gigabyte. Here each stream is decoded into a sink that only
 * counts, and measuring stops as soon as a stream or the file passes its cap.
 *
 * <p>Measured: every page's contents and everything reachable from its resources (forms, fonts and
 * their programs, Type 3 glyph procedures), each object once; images are skipped, as text
 * extraction does not decode them.
 */
final class DecodedSizeGauge {
  /**
   * The filters of text and programs, which only unpack. Others (image codecs) in a stream that is
   * no image cannot be measured cheaply, and the file is refused.
   */
  private static final Set<COSName> MEASURABLE =
      Set.of(
          COSName.FLATE_DECODE,
          COSName.FLATE_DECODE_ABBREVIATION,
          COSName.LZW_DECODE,
          COSName.LZW_DECODE_ABBREVIATION,
          COSName.ASCII_HEX_DECODE,
          COSName.ASCII_HEX_DECODE_ABBREVIATION,
          COSName.ASCII85_DECODE,
          COSName.ASCII85_DECODE_ABBREVIATION,
          COSName.RUN_LENGTH_DECODE,
          COSName.RUN_LENGTH_DECODE_ABBREVIATION);

  private final long maxPerStream;
  private final long maxPerFile;
  private final Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private long total;

  DecodedSizeGauge(long maxPerStream, long maxPerFile) {
    this.maxPerStream = maxPerStream;
    this.maxPerFile = maxPerFile;
  }

  /** Throws {@link ExtractionBudget.Exceeded} at the first stream over a cap. */
  void measure(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      walk(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
      // Inherited resources too, which the page's own dictionary does not hold; a blank page may
      // have none at all.
      PDResources resources = page.getResources();
      if (resources != null) {
        walk(resources.getCOSObject());
      }
    }
  }

  /** Bytes counted so far, over all streams measured. */
  long total() {
    return total;
  }

  private void walk(COSBase start) throws IOException {
    List<COSBase> pending = new ArrayList<>();
    pending.add(start);
    while (!pending.isEmpty()) {
      COSBase item = pending.remove(pending.size() - 1);
      if (item instanceof COSObject reference) {
        item = reference.getObject();
      }
      if (item == null || !visited.add(item)) {
        continue;
      }
      if (item instanceof COSDictionary dictionary) {
        if (COSName.IMAGE.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
          continue;
        }
        if (dictionary instanceof COSStream stream) {
          add(decodedSize(stream));
        }
        for (var entry : dictionary.entrySet()) {
          if (!COSName.PARENT.equals(entry.getKey())) {
            pending.add(entry.getValue());
          }
        }
      } else if (item instanceof COSArray array) {
        array.forEach(pending::add);
      }
    }
  }

  private void add(long size) {
    total += size;
    if (total > maxPerFile) {
      throw new ExtractionBudget.Exceeded();
    }
  }

  /**
   * Runs the stream's filters with PDFBox's own decoders. The last one writes into a counter; a
   * chain's earlier stages are kept, but never beyond the cap, since each stage feeds the next.
   */
  private long decodedSize(COSStream stream) throws IOException {
    List<Filter> filters = filters(stream.getFilters());
    if (filters.isEmpty()) {
      return stream.getLength();
    }
    InputStream in = stream.createRawInputStream();
    try {
      for (int i = 0; i < filters.size(); i++) {
        CappedSink sink = new CappedSink(maxPerStream, i < filters.size() - 1);
        try {
          filters.get(i).decode(in, sink, stream, i);
        } catch (IOException | RuntimeException e) {
          if (!sink.exceeded) {
            throw e;
          }
        }
        if (sink.exceeded) {
          throw new ExtractionBudget.Exceeded();
        }
        if (i == filters.size() - 1) {
          return sink.count;
        }
        in.close();
        in = new ByteArrayInputStream(sink.kept.toByteArray());
      }
      return 0;
    } finally {
      in.close();
    }
  }

  private static List<Filter> filters(COSBase filters) throws IOException {
    List<Filter> list = new ArrayList<>();
    if (filters instanceof COSName name) {
      list.add(measurable(name));
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        list.add(measurable(array.getObject(i)));
      }
    }
    return list;
  }

  private static Filter measurable(COSBase name) throws IOException {
    if (!(name instanceof COSName filter) || !MEASURABLE.contains(filter)) {
      throw new ExtractionBudget.Exceeded();
    }
    return FilterFactory.INSTANCE.getFilter(filter);
  }

  /** Counts what a decoder writes, keeping it only if another stage must read it. */
  private static final class CappedSink extends OutputStream {
    private final long cap;
    private final ByteArrayOutputStream kept;
    private long count;
    private boolean exceeded;

    CappedSink(long cap, boolean keep) {
      this.cap = cap;
      this.kept = keep ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      count += length;
      if (count > cap) {
        exceeded = true;
        throw new IOException("stream unpacks beyond " + cap + " bytes");
      }
      if (kept != null) {
        kept.write(bytes, offset, length);
      }
    }
  }
}
