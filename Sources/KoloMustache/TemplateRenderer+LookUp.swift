extension TemplateRenderer {
    /// The value a tag names: the first key is looked up in each value of the stack from the top
    /// (unless the name starts with `.`), the rest in what it found; then the transforms apply.
    func lookUp(_ reference: TemplateReference, frame: Frame) -> TemplateValue? {
        var transforms = reference.transforms[...]
        var found: TemplateValue?
        switch reference.root {
        case .top:
            found = Self.walk(stack[stack.count - 1], reference.keys[...])
        case .climbing:
            guard let first = reference.keys.first else {
                found = stack[stack.count - 1]
                break
            }
            for value in stack.reversed() {
                if let child = value.child(first) {
                    found = Self.walk(child, reference.keys.dropFirst())
                    break
                }
            }
        case .listPosition:
            guard let position = frame.position, let transform = transforms.popFirst() else { return nil }
            found = position.transform(transform.builtIn)
        }
        guard var value = found else { return nil }
        for transform in transforms {
            guard let transformed = value.transform(transform) else { return nil }
            value = transformed
        }
        return value
    }

    static func walk(_ value: TemplateValue, _ keys: ArraySlice<TemplateKey>) -> TemplateValue? {
        var value = value
        for key in keys {
            guard let child = value.child(key) else { return nil }
            value = child
        }
        return value
    }
}

extension TemplateRenderer.ListPosition {
    func transform(_ transform: TemplateTransform.BuiltIn?) -> TemplateValue? {
        switch transform {
        case .first: return .bool(index == 0)
        case .last: return .bool(isLast)
        case .index: return .int(index)
        case .even: return .bool(index & 1 == 0)
        case .odd: return .bool(index & 1 == 1)
        default: return nil
        }
    }
}

extension TemplateValue {
    /// The part named `key`: an object's value, a dynamic value's answer; nothing else has parts.
    @inline(__always)
    func child(_ key: TemplateKey) -> TemplateValue? {
        switch self {
        case .object(let object): return object[key]
        case .dynamic(let value): return value.child(key)
        default: return nil
        }
    }
}
