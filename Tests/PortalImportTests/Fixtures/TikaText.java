// Apache Tika's plain text of a file, as a pipeline built on Tika's API gets it: the default
// configuration (AutoDetectParser; unlike tika-app's `--text`, no deleted or moved-away text of
// tracked changes), the body only, through tika-core's RichTextContentHandler, which writes
// `[bookmark: NAME]` for Word's bookmarks and `[image: ALT]` for pictures with a description
// (the reference report's seed text carries `[bookmark: _GoBack]`). Run by make-tika-text.sh:
//     java -cp tika-app-3.3.1.jar TikaText.java OUTPUT-FOLDER FILE...   (writes OUTPUT-FOLDER/<file name>.txt)
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.RichTextContentHandler;

public class TikaText {
    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path file = Paths.get(args[i]);
            AutoDetectParser parser = new AutoDetectParser();
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            try (InputStream stream = TikaInputStream.get(file);
                 Writer out = Files.newBufferedWriter(folder.resolve(file.getFileName() + ".txt"), StandardCharsets.UTF_8)) {
                parser.parse(stream, new BodyContentHandler(new RichTextContentHandler(out)), new Metadata(), context);
            }
        }
    }
}
