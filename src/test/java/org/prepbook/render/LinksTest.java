package org.prepbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void rootPrefixClimbsOneLevelPerFolder() {
        assertEquals("", Links.rootPrefix("/"));
        assertEquals("../", Links.rootPrefix("/asks/"));
        assertEquals("../../../", Links.rootPrefix("/questions/stage/phone-screen/"));
    }

    @Test
    void rewritesRootAbsoluteLinksAndLeavesOthersAlone() {
        String html = "<a href=\"/stages/x/\">x</a><img src=\"/assets/a.svg\"><form action=\"/search/\">"
                + "<a href=\"//cdn.example/x\">cdn</a><a href=\"https://example.org/\">ext</a><a href=\"#top\">top</a>"
                + "<code>href=&quot;/not-a-link/&quot;</code>";
        assertEquals("<a href=\"../../stages/x/\">x</a><img src=\"../../assets/a.svg\"><form action=\"../../search/\">"
                + "<a href=\"//cdn.example/x\">cdn</a><a href=\"https://example.org/\">ext</a><a href=\"#top\">top</a>"
                + "<code>href=&quot;/not-a-link/&quot;</code>", Links.rewrite(html, "../../"));
    }

    @Test
    void linkToTheRootFromTheRootBecomesDotSlash() {
        assertEquals("<a href=\"./\">home</a><a href=\"./#journey\">j</a><a href=\"about/\">a</a>",
                Links.rewrite("<a href=\"/\">home</a><a href=\"/#journey\">j</a><a href=\"/about/\">a</a>", ""));
    }

    @Test
    void absolutePrefixServesThe404PageAtAnyDepth() {
        assertEquals("<a href=\"/handbook/questions/\">q</a>", Links.rewrite("<a href=\"/questions/\">q</a>", "/handbook/"));
    }

    @Test
    void anAbsolutePrefixTakesTheLinksClimbOutOfItsFolder() {
        assertEquals("<a href=\"/handbook/\">en</a><a href=\"/handbook/ar/\">ar</a><a href=\"/handbook/es/x/\">x</a>",
                Links.rewrite("<a href=\"/../\">en</a><a href=\"/../ar/\">ar</a><a href=\"/x/\">x</a>", "/handbook/es/"));
        assertEquals("<a href=\"../../../ar/\">ar</a>", Links.rewrite("<a href=\"/../ar/\">ar</a>", "../../"),
                "a relative prefix climbs as the link says");
    }
}
