extension LinkRewriter {
    /// A rewriter from an index of page ids the caller already has (which spares a pass over
    /// every page, for rebuilds that change only a few).
    public init(site: Site, pageByID: [String: Int]) {
        self.site = site
        self.pageByID = pageByID
    }
}
