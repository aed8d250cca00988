"""A minimal DAP client over TCP for the debugger benchmarks (the tests have their own, in Swift)."""
import json
import socket


class DAPClient:
    def __init__(self, host, port):
        self.socket = socket.create_connection((host, port))
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.seq = 0
        self.buffer = b""

    def send(self, command, arguments=None):
        self.seq += 1
        message = {"seq": self.seq, "type": "request", "command": command}
        if arguments is not None:
            message["arguments"] = arguments
        body = json.dumps(message).encode()
        self.socket.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        return self.seq

    def receive(self):
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.socket.recv(65536)
            if not chunk:
                raise EOFError("the adapter closed the connection")
            self.buffer += chunk
        header, rest = self.buffer.split(b"\r\n\r\n", 1)
        length = int(header.split(b":")[1])
        while len(rest) < length:
            rest += self.socket.recv(65536)
        self.buffer = rest[length:]
        return json.loads(rest[:length])

    def wait_for(self, predicate):
        while True:
            message = self.receive()
            if predicate(message):
                return message

    def request(self, command, arguments=None):
        seq = self.send(command, arguments)
        return self.wait_for(lambda m: m.get("type") == "response" and m.get("request_seq") == seq)

    def event(self, name):
        return self.wait_for(lambda m: m.get("type") == "event" and m.get("event") == name)

    def close(self):
        self.socket.close()
