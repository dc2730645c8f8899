/// Appends the UTF-8 encoding of a scalar value to `bytes` (surrogates and values past
/// U+10FFFF are written as U+FFFD).
@inline(__always)
func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
  var value = value
  if (value >= 0xD800 && value < 0xE000) || value > 0x10FFFF { value = 0xFFFD }
  if value < 0x80 {
    bytes.append(UInt8(value))
  } else if value < 0x800 {
    bytes.append(UInt8(0xC0 | (value >> 6)))
    bytes.append(UInt8(0x80 | (value & 0x3F)))
  } else if value < 0x10000 {
    bytes.append(UInt8(0xE0 | (value >> 12)))
    bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (value & 0x3F)))
  } else {
    bytes.append(UInt8(0xF0 | (value >> 18)))
    bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
    bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (value & 0x3F)))
  }
}

/// The UTF-8 encoding of scalar values.
func utf8(of scalars: [UInt32]) -> [UInt8] {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(scalars.count * 2)
  for value in scalars { appendUTF8(value, to: &bytes) }
  return bytes
}

/// The scalar values of UTF-8 bytes.
func scalarValues(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
  var scalars: [UInt32] = []
  scalars.reserveCapacity(bytes.count)
  var index = 0
  while index < bytes.count {
    let (value, length) = decodeUTF8(bytes, at: index)
    scalars.append(value)
    index += length
  }
  return scalars
}

/// Decodes the scalar starting at `index`; malformed bytes (including overlong encodings and
/// surrogates) decode as U+FFFD of length 1.
@inline(__always)
func decodeUTF8(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
  let lead = UInt32(text[index])
  if lead < 0x80 { return (lead, 1) }
  let count = text.count
  if lead >= 0xC2, lead < 0xE0, index + 1 < count {
    let second = UInt32(text[index + 1])
    if second & 0xC0 == 0x80 { return ((lead & 0x1F) << 6 | (second & 0x3F), 2) }
  } else if lead >= 0xE0, lead < 0xF0, index + 2 < count {
    let second = UInt32(text[index + 1])
    let third = UInt32(text[index + 2])
    if second & 0xC0 == 0x80, third & 0xC0 == 0x80 {
      let value = (lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F)
      // Overlong encodings and surrogates are malformed.
      if value >= 0x800, value & 0xF800 != 0xD800 { return (value, 3) }
    }
  } else if lead >= 0xF0, lead < 0xF5, index + 3 < count {
    let second = UInt32(text[index + 1])
    let third = UInt32(text[index + 2])
    let fourth = UInt32(text[index + 3])
    if second & 0xC0 == 0x80, third & 0xC0 == 0x80, fourth & 0xC0 == 0x80 {
      let value = (lead & 0x07) << 18 | (second & 0x3F) << 12 | (third & 0x3F) << 6
      if value >= 0x10000, value <= 0x10_FFFF { return (value | (fourth & 0x3F), 4) }
    }
  }
  return (0xFFFD, 1)
}
