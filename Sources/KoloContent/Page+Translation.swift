extension Page {
    /// Facts that do not depend on the language: a translation that leaves one out takes it from the
    /// original (the default language's version).
    public static let languageNeutralKeys = ["date", "image", "status", "startDate", "endDate", "partners", "projects",
                                             "members", "website", "logo", "city", "country", "tags", "kind",
                                             "start", "end", "timeZone", "location", "online", "registration", "organisers", "expiryDate"]
}
