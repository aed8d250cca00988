// The three kinds of DAP messages on the wire: requests from the client, responses and events
// from the server.

/// The part of a request every handler needs; its arguments are decoded by the handler.
struct RequestHeader: Decodable {
    var seq: Int
    var type: String
    var command: String
}

/// A request's arguments, decoded into the type its handler expects.
struct RequestArguments<Arguments: Decodable>: Decodable {
    var arguments: Arguments?
}

struct ResponseMessage<Body: Encodable>: Encodable {
    var seq: Int
    var type = "response"
    var request_seq: Int
    var success: Bool
    var command: String
    var message: String?
    var body: Body?
}

struct EventMessage<Body: Encodable>: Encodable {
    var seq: Int
    var type = "event"
    var event: String
    var body: Body?
}

/// For requests and events that carry nothing.
struct NoBody: Codable {}

/// The body of a failed response: the message again, shown to the user.
struct ErrorBody: Encodable {
    struct Message: Encodable {
        var id: Int
        var format: String
        var showUser = true
    }
    var error: Message
}
