extension PreviewServer {
    /// One rebuild after a change: the browsers hear `reload` (with what changed) or `failed`
    /// (with the errors, which every page then shows until a build succeeds).
    static func rebuild(_ builder: inout Builder, changed: Set<String>?, status: PreviewStatus, events: ReloadEvents,
                        log: @Sendable (String) -> Void) async {
        switch await builder.build(changed: changed) {
        case .success(let build):
            let recovered = status.record(nil)
            await events.send(ReloadEvents.reload(changedFiles: build.changedFiles, recovered: recovered))
            log(build.summary)
        case .failure(let failure):
            status.record(failure.messages)
            await events.send(ReloadEvents.failed(failure.messages))
            log(failure.messages.joined(separator: "\n"))
            log("the build failed; still serving the last good site, with the errors shown over every page")
        }
    }
}
