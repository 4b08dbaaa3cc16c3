package org.huzhu.claims.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huzhu.claims.domain.DocumentPlausibility.Content;

/**
 * Looks into an uploaded document as far as {@link org.huzhu.claims.domain.DocumentPlausibility} needs: an
 * image's size in pixels from its header (the picture is never decoded), a PDF's pages, text and pictures on
 * its first few pages. Anything that cannot be read this way is reported unreadable, never an error.
 */
public final class DocumentInspector {

    /** Receipts are on the first pages; a long PDF is not read to its end in the upload request. */
    private static final int PAGES_LOOKED_AT = 3;

    private DocumentInspector() {
    }

    public static Content inspect(String contentType, byte[] content) {
        try {
            return "application/pdf".equals(contentType) ? pdf(content) : image(content);
        } catch (IOException | RuntimeException e) {
            return Content.unreadable(content.length); // a broken or password-protected file: a person looks
        }
    }

    private static Content image(byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Content.unreadable(content.length);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Content.image(content.length, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Content pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            int looked = Math.min(pages, PAGES_LOOKED_AT);
            int pictures = 0;
            for (int i = 0; i < looked; i++) {
                pictures += pictures(document.getPage(i));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(Math.max(1, looked));
            int text = pages == 0 ? 0 : stripper.getText(document).strip().length();
            return Content.pdf(content.length, pages, text, pictures);
        }
    }

    private static int pictures(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                count++;
            }
        }
        return count;
    }
}
