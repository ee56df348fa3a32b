// Checks every EPUB named on the command line with epubcheck's Java API in one JVM: a JVM per file spends most of
// its time starting up and warming its compiler (15 EPUBs: 38 s one JVM each, 5 s in one). Each file's report is
// preceded by a marker line so the test can attribute every message to its file.
// Run with the source launcher: java -cp /usr/share/java/epubcheck.jar EpubCheckAll.java FILE...
import com.adobe.epubcheck.api.EpubCheck;
import java.io.File;

public class EpubCheckAll {
    public static void main(String[] args) {
        int failed = 0;
        for (String path : args) {
            System.out.println("=== " + path);
            System.out.flush();
            if (!new EpubCheck(new File(path)).validate()) failed++;
            System.out.flush();
            System.err.flush();
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
