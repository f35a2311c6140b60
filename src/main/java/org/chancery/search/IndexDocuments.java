package org.chancery.search;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.chancery.content.BodyRenderer;
import org.chancery.content.PlainBody;

/** Turns a publication into the index's document: see {@link IndexFields} for what each field holds. */
final class IndexDocuments {
    private static final FieldType TEXT = textWithOffsets();

    private final BodyRenderer renderer;
    private final Supplier<ZoneId> homeZone;

    IndexDocuments(BodyRenderer renderer, Supplier<ZoneId> homeZone) {
        this.renderer = renderer;
        this.homeZone = homeZone;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    Document document(Indexable p) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, String.valueOf(p.id()), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SLUG, p.slug()));
        doc.add(new StringField(IndexFields.TYPE, p.type().code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.TYPE, new BytesRef(p.type().code())));
        int year = p.publishedAt().atZone(homeZone.get()).getYear();
        doc.add(new IntPoint(IndexFields.YEAR, year));
        doc.add(new NumericDocValuesField(IndexFields.YEAR, year));
        long published = p.publishedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, published));
        doc.add(new StoredField(IndexFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(IndexFields.UPDATED, p.updatedAt().toEpochMilli()));
        text(doc, IndexFields.TITLE, p.title());
        text(doc, IndexFields.LEAD, p.lead());
        text(doc, IndexFields.PLACE, p.place());
        text(doc, IndexFields.TAGS, String.join(", ", p.tags()));
        PlainBody body = renderer.plainText(p.body(), p.speakers());
        text(doc, IndexFields.BODY, body.whole());
        said(body).forEach((speaker, words) -> {
            doc.add(new StringField(IndexFields.SPEAKER, IndexFields.speakerKey(speaker), Field.Store.NO));
            text(doc, IndexFields.said(speaker), words.toString());
        });
        return doc;
    }

    /** Everything each speaker said, turns in order, by speaker (spellings that differ only in case or spaces are one). */
    private static Map<String, StringBuilder> said(PlainBody body) {
        Map<String, StringBuilder> said = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (PlainBody.Turn turn : body.turns()) {
            String name = names.computeIfAbsent(IndexFields.speakerKey(turn.speaker()), k -> turn.speaker());
            StringBuilder words = said.computeIfAbsent(name, k -> new StringBuilder());
            words.append(words.length() == 0 ? "" : "\n\n").append(turn.text());
        }
        return said;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, TEXT));
        }
    }
}
