export const id = 901;
export const ids = [901];
export const modules = {

/***/ 3874:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



module.exports = function (txt, options) {
  return new CopyStreamQuery(txt, options)
}

const { Duplex } = __webpack_require__(2203)
const assert = __webpack_require__(2613)
const BufferList = __webpack_require__(1147)
const code = __webpack_require__(5983)

// Readable decoder states
const PG_CODE = 0
const PG_LENGTH = 1
const PG_MESSAGE = 2

class CopyStreamQuery extends Duplex {
  constructor(text, options) {
    super(options)
    this.text = text

    // Readable side
    this._state = PG_CODE
    this._buffer = new BufferList()
    this._unreadMessageContentLength = 0
    this._copyDataChunks = new BufferList()
    this._pgDataHandler = null
    this._drained = false
    this._forwarding = false
    this._onReadableEvent = this._onReadable.bind(this)
    this.alignOnCopyDataFrame = options ? options.alignOnCopyDataFrame === true : false

    // Writable side
    this._gotCopyInResponse = false
    this.chunks = []
    this.cb = null
    this.cork()
  }

  submit(connection) {
    this.connection = connection
    this._attach()
    connection.query(this.text)
  }

  /* Readable implementation */
  _attach() {
    const connectionStream = this.connection.stream
    const pgDataListeners = connectionStream.listeners('data')
    assert(pgDataListeners.length == 1)
    this._pgDataHandler = pgDataListeners.pop()
    connectionStream.removeListener('data', this._pgDataHandler)
    connectionStream.pause()
    this._forward()
    connectionStream.on('readable', this._onReadableEvent)
  }

  _detach() {
    const connectionStream = this.connection.stream
    const unreadBuffer = this._buffer.take(this._buffer.size)
    connectionStream.removeListener('readable', this._onReadableEvent)
    connectionStream.addListener('data', this._pgDataHandler)
    this._pgDataHandler(unreadBuffer)

    // unpipe can pause the stream but also underlying onData event can potentially pause the stream because of hitting
    // the highWaterMark and pausing the stream, so we resume the stream in the next tick after the underlying onData
    // event has finished
    process.nextTick(function () {
      connectionStream.resume()
    })
  }

  _cleanup() {
    this._buffer = null
    this._copyDataChunks = null
    this._pgDataHandler = null
    this._onReadableEvent = null
  }

  _onReadable() {
    this._forward()
  }

  _read() {
    this._drained = true
    this._forward()
  }

  _forward() {
    if (this._forwarding || !this._drained || !this.connection) return
    this._forwarding = true
    const connectionStream = this.connection.stream
    let chunk
    while (this._drained && (chunk = connectionStream.read()) !== null) {
      this._drained = this._parse(chunk)
    }
    this._forwarding = false
  }

  _parse(chunk) {
    let done = false
    let drained = true
    this._buffer.push(chunk)

    while (!done && this._buffer.size > 0) {
      if (PG_CODE === this._state) {
        if (!this._buffer.has(1)) break
        this._code = this._buffer.peekUInt8()
        if (this._code === code.ErrorResponse) {
          // ErrorResponse Interception
          // We must let pg parse future messages and handle their consequences on
          // the ActiveQuery
          this._detach()
          return
        }
        this._buffer.readUInt8()
        this._state = PG_LENGTH
      }

      if (PG_LENGTH === this._state) {
        if (!this._buffer.has(4)) break
        this._unreadMessageContentLength = this._buffer.readUInt32BE() - 4
        this._state = PG_MESSAGE
      }

      if (PG_MESSAGE === this._state) {
        if (this._unreadMessageContentLength > 0 && this._buffer.size > 0) {
          const n = Math.min(this._buffer.size, this._unreadMessageContentLength)
          const messageContentChunk = this._buffer.take(n)
          this._unreadMessageContentLength -= n
          if (this._code === code.CopyData) {
            this._copyDataChunks.push(messageContentChunk)
          }
        }

        if (this._unreadMessageContentLength === 0) {
          // a full message has been captured
          switch (this._code) {
            case code.CopyBothResponse:
              this._startCopyIn()
              break
            case code.CopyData:
              if (this.alignOnCopyDataFrame) {
                drained = this._flushCopyData()
              }
              break
            // standard interspersed messages.
            // see https://www.postgresql.org/docs/9.6/protocol-flow.html#PROTOCOL-COPY
            case code.ParameterStatus:
            case code.NoticeResponse:
            case code.NotificationResponse:
              break
            case code.CopyDone:
            default:
              done = true
              break
          }
          this._state = PG_CODE
        }
      }
    }

    // When we are not in alignOnCopyDataFrame, copyData payload is not buffered
    // Forward payload bytes as they arrive
    if (!this.alignOnCopyDataFrame) {
      drained = this._flushCopyData()
    }

    if (done) {
      this._detach()
      this.push(null)
      this._cleanup()
    }

    return drained
  }

  _flushCopyData() {
    let drained = true
    const len = this._copyDataChunks.size
    if (len > 0) {
      drained = this.push(this._copyDataChunks.take(len))
    }
    return drained
  }

  /* Writable implementation */
  _write(chunk, enc, cb) {
    this.chunks.push({ chunk: chunk, encoding: enc })
    if (this._gotCopyInResponse) {
      return this.flush(cb)
    }
    this.cb = cb
  }

  _writev(chunks, cb) {
    this.chunks.push(...chunks)
    if (this._gotCopyInResponse) {
      return this.flush(cb)
    }
    this.cb = cb
  }

  _final(cb) {
    this.flush()
    const Int32Len = 4
    const finBuffer = Buffer.from([code.CopyDone, 0, 0, 0, Int32Len])
    this.connection.stream.write(finBuffer)
    this.cb_flush = cb
  }

  flush(callback) {
    let chunk
    let ok = true
    while (ok && (chunk = this.chunks.shift())) {
      ok = this.flushChunk(chunk.chunk)
    }
    if (callback) {
      if (ok) {
        callback()
      } else {
        if (this.chunks.length) {
          this.connection.stream.once('drain', this.flush.bind(this, callback))
        } else {
          this.connection.stream.once('drain', callback)
        }
      }
    }
  }

  flushChunk(chunk) {
    const Int32Len = 4
    const lenBuffer = Buffer.from([code.CopyData, 0, 0, 0, 0])
    lenBuffer.writeUInt32BE(chunk.length + Int32Len, 1)
    this.connection.stream.write(lenBuffer)
    return this.connection.stream.write(chunk)
  }

  _startCopyIn() {
    this._gotCopyInResponse = true
    this.uncork()
    this.flush()
    if (this.cb) {
      const { cb } = this
      this.cb = null
      cb()
    }
  }

  handleError(err) {
    this.emit('error', err)
    this._cleanup()
  }

  handleCopyData(chunk) {
    // an out of band copyData message
    // is received after copyDone
    // this is currently discarded
  }

  handleCommandComplete() {}

  handleReadyForQuery() {
    this.connection = null
    this.cb_flush()
  }
}


/***/ }),

/***/ 6473:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



module.exports = function (txt, options) {
  return new CopyStreamQuery(txt, options)
}

const { Writable } = __webpack_require__(2203)
const code = __webpack_require__(5983)

class CopyStreamQuery extends Writable {
  constructor(text, options) {
    super(options)
    this.text = text
    this.rowCount = 0
    this._gotCopyInResponse = false
    this.chunks = []
    this.cb_CopyInResponse = null
    this.cb_ReadyForQuery = null
    this.cb_destroy = null
    this.cork()
  }

  submit(connection) {
    this.connection = connection
    connection.query(this.text)
  }

  callback() {
    // this callback is empty but defining it allows
    // `pg` to discover it and overwrite it
    // with its timeout mechanism when query_timeout config is set
  }

  _write(chunk, enc, cb) {
    this.chunks.push({ chunk: chunk, encoding: enc })
    if (this._gotCopyInResponse) {
      return this.flush(cb)
    }
    this.cb_CopyInResponse = cb
  }

  _writev(chunks, cb) {
    // this.chunks.push(...chunks)
    // => issue #136, RangeError: Maximum call stack size exceeded
    // Using hybrid approach as advised on https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function/apply
    if (this.chunks.length == 0) {
      this.chunks = chunks
    } else {
      // https://stackoverflow.com/questions/22747068/is-there-a-max-number-of-arguments-javascript-functions-can-accept
      // 100K seems to be a reasonable size for v8
      const QUANTUM = 125000
      for (let i = 0; i < chunks.length; i += QUANTUM) {
        this.chunks.push(...chunks.slice(i, Math.min(i + QUANTUM, chunks.length)))
      }
    }
    if (this._gotCopyInResponse) {
      return this.flush(cb)
    }
    this.cb_CopyInResponse = cb
  }

  _destroy(err, cb) {
    // writable.destroy([error]) was called.
    // send a CopyFail message that will rollback the COPY operation.
    // the cb will be called only after the ErrorResponse message is received
    // from the backend
    if (this.cb_ReadyForQuery) return cb(err)
    this.cb_destroy = cb
    const msg = err ? err.message : 'NODE-PG-COPY-STREAMS destroy() was called'
    const self = this
    const done = function () {
      self.connection.sendCopyFail(msg)
    }

    this.chunks = []
    if (this._gotCopyInResponse) {
      return this.flush(done)
    }
    this.cb_CopyInResponse = done
  }

  _final(cb) {
    this.cb_ReadyForQuery = cb
    const self = this
    const done = function () {
      const Int32Len = 4
      const finBuffer = Buffer.from([code.CopyDone, 0, 0, 0, Int32Len])
      self.connection.stream.write(finBuffer)
    }

    if (this._gotCopyInResponse) {
      return this.flush(done)
    }
    this.cb_CopyInResponse = done
  }

  flush(callback) {
    let chunk
    let ok = true
    while (ok && (chunk = this.chunks.shift())) {
      ok = this.flushChunk(chunk.chunk)
    }
    if (callback) {
      if (ok) {
        callback()
      } else {
        if (this.chunks.length) {
          this.connection.stream.once('drain', this.flush.bind(this, callback))
        } else {
          this.connection.stream.once('drain', callback)
        }
      }
    }
  }

  flushChunk(chunk) {
    const Int32Len = 4
    const lenBuffer = Buffer.from([code.CopyData, 0, 0, 0, 0])
    lenBuffer.writeUInt32BE(chunk.length + Int32Len, 1)
    this.connection.stream.write(lenBuffer)
    return this.connection.stream.write(chunk)
  }

  handleError(e) {
    // clear `pg` timeout mechanism
    this.callback()

    if (this.cb_destroy) {
      const cb = this.cb_destroy
      this.cb_destroy = null
      cb(e)
    } else {
      this.emit('error', e)
    }
    this.connection = null
  }

  handleCopyInResponse(connection) {
    this._gotCopyInResponse = true
    if (!this.destroyed) {
      this.uncork()
    }
    const cb = this.cb_CopyInResponse || function () {}
    this.cb_CopyInResponse = null
    this.flush(cb)
  }

  handleCommandComplete(msg) {
    // Parse affected row count as in
    // https://github.com/brianc/node-postgres/blob/35e5567f86774f808c2a8518dd312b8aa3586693/lib/result.js#L37
    const match = /COPY (\d+)/.exec((msg || {}).text)
    if (match) {
      this.rowCount = parseInt(match[1], 10)
    }
  }

  handleReadyForQuery() {
    // triggered after ReadyForQuery
    // we delay the _final callback so that the 'finish' event is
    // sent only when the ingested data is visible inside postgres and
    // after the postgres connection is ready for a new query

    // Note: `pg` currently does not call this callback when the backend
    // sends an ErrorResponse message during the query (for example during
    // a CopyFail)

    // clear `pg` timeout mechanism
    this.callback()

    this.cb_ReadyForQuery()
    this.connection = null
  }
}


/***/ }),

/***/ 4820:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



module.exports = function (txt, options) {
  return new CopyStreamQuery(txt, options)
}

const { Readable } = __webpack_require__(2203)
const assert = __webpack_require__(2613)
const BufferList = __webpack_require__(1147)
const code = __webpack_require__(5983)

// decoder states
const PG_CODE = 0
const PG_LENGTH = 1
const PG_MESSAGE = 2

class CopyStreamQuery extends Readable {
  constructor(text, options) {
    super(options)
    this.text = text
    this.rowCount = 0
    this._state = PG_CODE
    this._buffer = new BufferList()
    this._unreadMessageContentLength = 0
    this._copyDataChunks = new BufferList()
    this._pgDataHandler = null
    this._drained = false
    this._forwarding = false
    this._onReadableEvent = this._onReadable.bind(this)
  }

  submit(connection) {
    this.connection = connection
    this._attach()
    connection.query(this.text)
  }

  _attach() {
    const connectionStream = this.connection.stream
    const pgDataListeners = connectionStream.listeners('data')
    assert(pgDataListeners.length == 1)
    this._pgDataHandler = pgDataListeners.pop()
    connectionStream.removeListener('data', this._pgDataHandler)
    connectionStream.pause()
    this._forward()
    connectionStream.on('readable', this._onReadableEvent)
  }

  _detach() {
    const connectionStream = this.connection.stream
    const unreadBuffer = this._buffer.take(this._buffer.size)
    //connectionStream.unpipe(this)
    connectionStream.removeListener('readable', this._onReadableEvent)
    connectionStream.addListener('data', this._pgDataHandler)
    this._pgDataHandler(unreadBuffer)

    // unpipe can pause the stream but also underlying onData event can potentially pause the stream because of hitting
    // the highWaterMark and pausing the stream, so we resume the stream in the next tick after the underlying onData
    // event has finished
    process.nextTick(function () {
      connectionStream.resume()
    })
  }

  _cleanup() {
    this._buffer = null
    this._copyDataChunks = null
    this._pgDataHandler = null
    this._onReadableEvent = null
  }

  _onReadable() {
    this._forward()
  }

  _read() {
    this._drained = true
    this._forward()
  }

  _forward() {
    if (this._forwarding || !this._drained || !this.connection) return
    this._forwarding = true
    const connectionStream = this.connection.stream
    let chunk
    while (this._drained && (chunk = connectionStream.read()) !== null) {
      this._drained = this._parse(chunk)
    }
    this._forwarding = false
  }

  _parse(chunk) {
    let done = false
    let drained = true
    this._buffer.push(chunk)

    while (!done && this._buffer.size > 0) {
      if (PG_CODE === this._state) {
        if (!this._buffer.has(1)) break
        this._code = this._buffer.peekUInt8()
        if (this._code === code.ErrorResponse) {
          // ErrorResponse Interception
          // We must let pg parse future messages and handle their consequences on
          // the ActiveQuery
          this._detach()
          return
        }
        this._buffer.readUInt8()
        this._state = PG_LENGTH
      }

      if (PG_LENGTH === this._state) {
        if (!this._buffer.has(4)) break
        this._unreadMessageContentLength = this._buffer.readUInt32BE() - 4
        this._state = PG_MESSAGE
      }

      if (PG_MESSAGE === this._state) {
        if (this._unreadMessageContentLength > 0 && this._buffer.size > 0) {
          const n = Math.min(this._buffer.size, this._unreadMessageContentLength)
          const messageContentChunk = this._buffer.take(n)
          this._unreadMessageContentLength -= n
          if (this._code === code.CopyData) {
            this._copyDataChunks.push(messageContentChunk)
          }
        }

        if (this._unreadMessageContentLength === 0) {
          // a full message has been captured
          switch (this._code) {
            case code.CopyOutResponse:
            case code.CopyData:
            // standard interspersed messages.
            // see https://www.postgresql.org/docs/9.6/protocol-flow.html#PROTOCOL-COPY
            case code.ParameterStatus:
            case code.NoticeResponse:
            case code.NotificationResponse:
              break
            case code.CopyDone:
            default:
              done = true
              break
          }
          this._state = PG_CODE
        }
      }
    }

    // flush data if any data has been captured
    const len = this._copyDataChunks.size
    if (len > 0) {
      drained = this.push(this._copyDataChunks.take(len))
    }

    if (done) {
      this._detach()
      this.push(null)
      this._cleanup()
    }

    return drained
  }

  handleError(err) {
    this.emit('error', err)
    this._cleanup()
  }

  handleCommandComplete(msg) {
    const match = /COPY (\d+)/.exec((msg || {}).text)
    if (match) {
      this.rowCount = parseInt(match[1], 10)
    }
  }

  handleReadyForQuery() {}
}


/***/ }),

/***/ 6901:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;


const CopyToQueryStream = __webpack_require__(4820)
const CopyFromQueryStream = __webpack_require__(6473)
const CopyBothQueryStream = __webpack_require__(3874)

__webpack_unused_export__ = function copyTo(txt, options) {
  return new CopyToQueryStream(txt, options)
}

exports.H = function copyFrom(txt, options) {
  return new CopyFromQueryStream(txt, options)
}

__webpack_unused_export__ = function copyBoth(txt, options) {
  return new CopyBothQueryStream(txt, options)
}


/***/ }),

/***/ 5983:
/***/ ((module) => {

/**
 * The COPY feature uses the following protocol codes.
 * The codes for the most recent protocol version are documented on
 * https://www.postgresql.org/docs/current/static/protocol-message-formats.html
 *
 * The protocol flow itself is described on
 * https://www.postgresql.org/docs/current/static/protocol-flow.html
 */
module.exports = {
  ErrorResponse: 0x45, // E
  CopyInResponse: 0x47, // G
  CopyOutResponse: 0x48, // H
  CopyBothResponse: 0x57, // W
  CopyDone: 0x63, // c
  CopyData: 0x64, // d
  CopyFail: 0x66, // f
  CommandComplete: 0x43, // C
  ReadyForQuery: 0x5a, // Z

  // It is possible for NoticeResponse and ParameterStatus messages to be interspersed between CopyData messages;
  // frontends must handle these cases, and should be prepared for other asynchronous message types as well
  // (see Section 50.2.6).
  // Otherwise, any message type other than CopyData or CopyDone may be treated as terminating copy-out mode.
  NotificationResponse: 0x41, // A
  NoticeResponse: 0x4e, // N
  ParameterStatus: 0x53, // S
}


/***/ }),

/***/ 1147:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const Buffer = (__webpack_require__(181).Buffer)

function OffsetBuffer() {
  this.offset = 0
  this.size = 0
  this.buffers = []
}
module.exports = OffsetBuffer

OffsetBuffer.prototype.isEmpty = function isEmpty() {
  return this.size === 0
}

OffsetBuffer.prototype.clone = function clone(size) {
  const r = new OffsetBuffer()
  r.offset = this.offset
  r.size = size
  r.buffers = this.buffers.slice()
  return r
}

OffsetBuffer.prototype.toChunks = function toChunks() {
  if (this.size === 0) return []

  // We are going to slice it anyway
  if (this.offset !== 0) {
    this.buffers[0] = this.buffers[0].slice(this.offset)
    this.offset = 0
  }

  const chunks = []
  let off = 0
  let i
  for (i = 0; off <= this.size && i < this.buffers.length; i++) {
    let buf = this.buffers[i]
    off += buf.length

    // Slice off last buffer
    if (off > this.size) {
      buf = buf.slice(0, buf.length - (off - this.size))
      this.buffers[i] = buf
    }

    chunks.push(buf)
  }

  // If some buffers were skipped - trim length
  if (i < this.buffers.length) this.buffers.length = i

  return chunks
}

OffsetBuffer.prototype.toString = function toString(enc) {
  return this.toChunks()
    .map(function (c) {
      return c.toString(enc)
    })
    .join('')
}

OffsetBuffer.prototype.use = function use(buf, off, n) {
  this.buffers = [buf]
  this.offset = off
  this.size = n
}

OffsetBuffer.prototype.push = function push(data) {
  // Ignore empty writes
  if (data.length === 0) return

  this.size += data.length
  this.buffers.push(data)
}

OffsetBuffer.prototype.has = function has(n) {
  return this.size >= n
}

OffsetBuffer.prototype.skip = function skip(n) {
  if (this.size === 0) return

  this.size -= n

  // Fast case, skip bytes in a first buffer
  if (this.offset + n < this.buffers[0].length) {
    this.offset += n
    return
  }

  let left = n - (this.buffers[0].length - this.offset)
  this.offset = 0
  let shift
  for (shift = 1; left > 0 && shift < this.buffers.length; shift++) {
    const buf = this.buffers[shift]
    if (buf.length > left) {
      this.offset = left
      break
    }
    left -= buf.length
  }
  this.buffers = this.buffers.slice(shift)
}

OffsetBuffer.prototype.copy = function copy(target, targetOff, off, n) {
  if (this.size === 0) return
  if (off !== 0) throw new Error('Unsupported offset in .copy()')

  let toff = targetOff
  const first = this.buffers[0]
  const toCopy = Math.min(n, first.length - this.offset)
  first.copy(target, toff, this.offset, this.offset + toCopy)

  toff += toCopy
  let left = n - toCopy
  for (let i = 1; left > 0 && i < this.buffers.length; i++) {
    const buf = this.buffers[i]
    const toCopy = Math.min(left, buf.length)

    buf.copy(target, toff, 0, toCopy)

    toff += toCopy
    left -= toCopy
  }
}

OffsetBuffer.prototype.take = function take(n) {
  if (n === 0) return Buffer.alloc(0)

  this.size -= n

  // Fast cases
  const first = this.buffers[0].length - this.offset
  if (first === n) {
    let r = this.buffers.shift()
    if (this.offset !== 0) {
      r = r.slice(this.offset)
      this.offset = 0
    }
    return r
  } else if (first > n) {
    const r = this.buffers[0].slice(this.offset, this.offset + n)
    this.offset += n
    return r
  }

  // Allocate and fill buffer
  const out = Buffer.alloc(n)
  let toOff = 0
  let startOff = this.offset
  let i
  for (i = 0; toOff !== n && i < this.buffers.length; i++) {
    const buf = this.buffers[i]
    const toCopy = Math.min(buf.length - startOff, n - toOff)

    buf.copy(out, toOff, startOff, startOff + toCopy)
    if (startOff + toCopy < buf.length) {
      this.offset = startOff + toCopy
      break
    } else {
      toOff += toCopy
      startOff = 0
    }
  }

  this.buffers = this.buffers.slice(i)
  if (this.buffers.length === 0) this.offset = 0

  return out
}

OffsetBuffer.prototype.peekUInt8 = function peekUInt8() {
  return this.buffers[0][this.offset]
}

OffsetBuffer.prototype.readUInt8 = function readUInt8() {
  this.size -= 1
  const first = this.buffers[0]
  const r = first[this.offset]
  if (++this.offset === first.length) {
    this.offset = 0
    this.buffers.shift()
  }

  return r
}

OffsetBuffer.prototype.readUInt16LE = function readUInt16LE() {
  const first = this.buffers[0]
  this.size -= 2

  let r
  let shift

  // Fast case - first buffer has all bytes
  if (first.length - this.offset >= 2) {
    r = first.readUInt16LE(this.offset)
    shift = 0
    this.offset += 2

    // One byte here - one byte there
  } else {
    r = first[this.offset] | (this.buffers[1][0] << 8)
    shift = 1
    this.offset = 1
  }

  if (this.offset === this.buffers[shift].length) {
    this.offset = 0
    shift++
  }
  if (shift !== 0) this.buffers = this.buffers.slice(shift)

  return r
}

OffsetBuffer.prototype.readUInt24LE = function readUInt24LE() {
  const first = this.buffers[0]

  let r
  let shift
  const firstHas = first.length - this.offset

  // Fast case - first buffer has all bytes
  if (firstHas >= 3) {
    r = first.readUInt16LE(this.offset) | (first[this.offset + 2] << 16)
    shift = 0
    this.offset += 3

    // First buffer has 2 of 3 bytes
  } else if (firstHas >= 2) {
    r = first.readUInt16LE(this.offset) | (this.buffers[1][0] << 16)
    shift = 1
    this.offset = 1

    // Slow case: First buffer has 1 of 3 bytes
  } else {
    r = first[this.offset]
    this.offset = 0
    this.buffers.shift()
    this.size -= 1

    r |= this.readUInt16LE() << 8
    return r
  }

  this.size -= 3
  if (this.offset === this.buffers[shift].length) {
    this.offset = 0
    shift++
  }
  if (shift !== 0) this.buffers = this.buffers.slice(shift)

  return r
}

OffsetBuffer.prototype.readUInt32LE = function readUInt32LE() {
  const first = this.buffers[0]

  let r
  let shift
  const firstHas = first.length - this.offset

  // Fast case - first buffer has all bytes
  if (firstHas >= 4) {
    r = first.readUInt32LE(this.offset)
    shift = 0
    this.offset += 4

    // First buffer has 3 of 4 bytes
  } else if (firstHas >= 3) {
    r = (first.readUInt16LE(this.offset) | (first[this.offset + 2] << 16)) + this.buffers[1][0] * 0x1000000
    shift = 1
    this.offset = 1

    // Slow case: First buffer has 2 of 4 bytes
  } else if (firstHas >= 2) {
    r = first.readUInt16LE(this.offset)
    this.offset = 0
    this.buffers.shift()
    this.size -= 2

    r += this.readUInt16LE() * 0x10000
    return r

    // Slow case: First buffer has 1 of 4 bytes
  } else {
    r = first[this.offset]
    this.offset = 0
    this.buffers.shift()
    this.size -= 1

    r += this.readUInt24LE() * 0x100
    return r
  }

  this.size -= 4
  if (this.offset === this.buffers[shift].length) {
    this.offset = 0
    shift++
  }
  if (shift !== 0) this.buffers = this.buffers.slice(shift)

  return r
}

OffsetBuffer.prototype.readUInt16BE = function readUInt16BE() {
  const r = this.readUInt16LE()

  return ((r & 0xff) << 8) | (r >> 8)
}

OffsetBuffer.prototype.readUInt24BE = function readUInt24BE() {
  const r = this.readUInt24LE()

  return ((r & 0xff) << 16) | (((r >> 8) & 0xff) << 8) | (r >> 16)
}

OffsetBuffer.prototype.readUInt32BE = function readUInt32BE() {
  const r = this.readUInt32LE()

  return (((r & 0xff) << 24) | (((r >>> 8) & 0xff) << 16) | (((r >>> 16) & 0xff) << 8) | (r >>> 24)) >>> 0
}

// Signed number APIs

function signedInt8(num) {
  if (num >= 0x80) return -(0xff ^ num) - 1
  else return num
}

OffsetBuffer.prototype.peekInt8 = function peekInt8() {
  return signedInt8(this.peekUInt8())
}

OffsetBuffer.prototype.readInt8 = function readInt8() {
  return signedInt8(this.readUInt8())
}

function signedInt16(num) {
  if (num >= 0x8000) return -(0xffff ^ num) - 1
  else return num
}

OffsetBuffer.prototype.readInt16BE = function readInt16BE() {
  return signedInt16(this.readUInt16BE())
}

OffsetBuffer.prototype.readInt16LE = function readInt16LE() {
  return signedInt16(this.readUInt16LE())
}

function signedInt24(num) {
  if (num >= 0x800000) return -(0xffffff ^ num) - 1
  else return num
}

OffsetBuffer.prototype.readInt24BE = function readInt24BE() {
  return signedInt24(this.readUInt24BE())
}

OffsetBuffer.prototype.readInt24LE = function readInt24LE() {
  return signedInt24(this.readUInt24LE())
}

function signedInt32(num) {
  if (num >= 0x80000000) return -(0xffffffff ^ num) - 1
  else return num
}

OffsetBuffer.prototype.readInt32BE = function readInt32BE() {
  return signedInt32(this.readUInt32BE())
}

OffsetBuffer.prototype.readInt32LE = function readInt32LE() {
  return signedInt32(this.readUInt32LE())
}


/***/ })

};
