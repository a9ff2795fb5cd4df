import KoloOutput
import KoloTemplates

extension SourceFolder {
    /// The site folder, its source folders (whether they exist yet or not) and the theme's.
    static func of(siteRoot: String, theme: Theme) -> [SourceFolder] {
        var folders = [SourceFolder(path: RealPath.of(siteRoot), role: "the site's folder", mayHoldOutput: true)]
        for (name, what) in [("content", "content"), ("static", "static files"), ("i18n", "UI strings"),
                             ("templates", "templates"), ("themes", "themes")] {
            folders.append(SourceFolder(path: RealPath.of(siteRoot + "/" + name), role: "the site's \(what) folder (\(name)/)"))
        }
        folders.append(SourceFolder(path: RealPath.of(theme.root), role: "the folder of theme \"\(theme.name)\" (\(theme.root))"))
        // Its subfolders matter when they are links to somewhere else.
        for folder in theme.staticFolders + theme.stringFolders + [theme.root + "/templates"]
        where !folders.contains(where: { $0.path == RealPath.of(folder) }) {
            folders.append(SourceFolder(path: RealPath.of(folder), role: "a folder of theme \"\(theme.name)\" (\(folder))"))
        }
        return folders
    }
}
