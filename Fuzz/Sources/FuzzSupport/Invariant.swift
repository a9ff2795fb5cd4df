#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the run with `message` when `condition` is false: libFuzzer records the input as a crash.
public func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
    guard !condition() else { return }
    let text = "\n==== invariant broken at \(file):\(line): \(message())\n"
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
    abort()
}

/// The fuzzer's bytes, with a deterministic choice derived from them (FNV-1a), so that one input
/// always picks the same language, path or style and a crash reproduces from the file alone.
public struct FuzzInput {
    public let bytes: [UInt8]
    public let hash: UInt64

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        self.hash = hash
    }

    /// One of `choices`, picked by bits `shift`… of the hash.
    public func pick<T>(_ choices: [T], shift: UInt64) -> T {
        choices[Int((hash >> shift) % UInt64(choices.count))]
    }

    /// The bytes as text; invalid UTF-8 becomes U+FFFD.
    public var lossyText: String { String(decoding: bytes, as: UTF8.self) }
}
