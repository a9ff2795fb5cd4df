import KoloSitePictures
import Testing

/// The text scan that decides whether a body is worth parsing for pictures: it must find every
/// destination the parser finds, or a picture would go out unprocessed.
struct PictureUseScanTests {
    @Test func findsInlineAngleAndReferenceDestinations() {
        let body = """
        ![Lyon](/images/lyon.jpg "The room") and [a link]( <my photo.png> ).
        ![Bitola][space] with (parentheses) in [text](report(2021).jpg).

        [space]:
          /images/bitola.webp 'Coworking'
        """
        #expect(SitePictures.destinationCandidates(in: body) == ["/images/lyon.jpg", "my photo.png", "report(2021).jpg", "/images/bitola.webp"])
    }

    @Test func aBlankLineEndsTheSearchForADestination() {
        #expect(SitePictures.destinationCandidates(in: "[label]:\n\n/images/x.jpg") == [])
        #expect(SitePictures.destinationCandidates(in: "![alt](") == [])
    }
}
