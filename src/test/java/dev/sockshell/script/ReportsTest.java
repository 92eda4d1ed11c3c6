package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JUnit XML and CSV of a check: well formed whatever a hostile script printed. */
class ReportsTest {
  @TempDir Path dir;

  @Test
  void junitIsWellFormedAndCsvQuotesWhatNeedsIt() throws Exception {
    Checker.Script s = new Checker.Script("a,\"b\".sockscript", dir, "");
    List<Checker.Verdict> v =
        List.of(
            new Checker.Verdict(
                s, Checker.Status.FAIL, "x:2: bad\u0000\u001b[31m, \"q\"", "out\u0007", 0.5, 2),
            new Checker.Verdict(s, Checker.Status.PASS, "3 commands", "", 0.25, 0),
            new Checker.Verdict(s, Checker.Status.SKIP, "no eth9", "", 0, 0));
    Path xml = dir.resolve("r.xml");
    Reports.junit(v, xml);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    var suite = doc.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(
            doc.getElementsByTagName("failure")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .isEqualTo("x:2: bad[31m, \"q\"");
    Path csv = dir.resolve("r.csv");
    Reports.csv(v, csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("file,result,line,message,seconds");
    assertThat(lines.get(1))
        .isEqualTo("\"a,\"\"b\"\".sockscript\",FAIL,2,\"x:2: bad[31m, \"\"q\"\"\",0.500");
    assertThat(lines.get(2)).isEqualTo("\"a,\"\"b\"\".sockscript\",PASS,,3 commands,0.250");
  }

  /** --junit and --csv never replace a file (here: the script being graded) without --force. */
  @Test
  void aReportReplacesAFileOnlyWithForce() throws Exception {
    Path script = dir.resolve("student.sockscript");
    java.nio.file.Files.writeString(script, "open udp\n");
    dev.sockshell.MainRunner.Result r =
        dev.sockshell.MainRunner.run("check", script.toString(), "--junit", script.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(script + " already exists").contains("--force");
    assertThat(java.nio.file.Files.readString(script)).isEqualTo("open udp\n");
    Path csv = dir.resolve("old.csv");
    java.nio.file.Files.writeString(csv, "last week\n");
    assertThat(
            dev.sockshell.MainRunner.run("check", script.toString(), "--csv", csv.toString())
                .status())
        .isEqualTo(2);
    dev.sockshell.MainRunner.Result forced =
        dev.sockshell.MainRunner.run(
            "check", script.toString(), "--csv", csv.toString(), "--force");
    assertThat(forced.status()).isZero();
    assertThat(java.nio.file.Files.readString(csv))
        .contains("student.sockscript")
        .doesNotContain("last week");
  }
}
