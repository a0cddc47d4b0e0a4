import java.io.File;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text Apache Tika's PDF parser prints for a PDF (Tika 2.x defaults: PDFBox's
 *  PDFTextStripper in content order, not sorted by position; paragraphs as <p>, each
 *  ending in a newline; a page as <div>, ending in one). */
public class TikaLikePDFText {
    public static void main(String[] args) throws Exception {
        try (PDDocument document = PDDocument.load(new File(args[0]))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageStart("");
            stripper.setPageEnd("\n");
            stripper.setWordSeparator(" ");
            System.out.print(stripper.getText(document));
        }
    }
}
