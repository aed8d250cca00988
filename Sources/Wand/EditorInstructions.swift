// What `wand debug` prints once the adapter listens: how to attach VS Code, Neovim and Emacs.

struct EditorInstructions {
    let pid: Int32
    let host: String
    let port: Int
    /// The target's working directory: where its relative paths point.
    let remoteRoot: String

    var text: String {
        """
        wand: debug adapter of pid \(pid) listening on \(host):\(port)

        VS Code (Python Debugger extension), .vscode/launch.json:
            {
              "name": "wand: attach to pid \(pid)",
              "type": "debugpy",
              "request": "attach",
              "connect": { "host": "\(host)", "port": \(port) },
              "pathMappings": [{ "localRoot": "${workspaceFolder}", "remoteRoot": "\(remoteRoot)" }]
            }

        Neovim (nvim-dap):
            require('dap').adapters.wand = { type = 'server', host = '\(host)', port = \(port) }
            require('dap').configurations.python = {{
              type = 'wand', request = 'attach', name = 'wand: attach to pid \(pid)',
              pathMappings = {{ localRoot = vim.fn.getcwd(), remoteRoot = '\(remoteRoot)' }},
            }}

        Emacs (dap-mode):
            (dap-register-debug-provider "wand"
              (lambda (conf) (plist-put conf :host "\(host)") (plist-put conf :debugPort \(port)) conf))
            (dap-debug (list :type "wand" :request "attach" :name "wand: attach to pid \(pid)"
                             :pathMappings (vector (list :localRoot default-directory :remoteRoot "\(remoteRoot)"))))

        """
    }
}
