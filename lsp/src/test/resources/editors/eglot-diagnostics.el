;; Batch Emacs with eglot, as a tracelint user configures it: opens a Java file with the tracelint language server
;; and writes the diagnostics Flymake received to a file. Works with Debian 12's Emacs 28 and elpa-eglot 1.9 (run
;; with `emacs --batch -q`, so that Debian's site-start puts eglot on the load path).
;; Environment: TRACELINT_LSP_JAR (the server jar), TRACELINT_FILE (the file to open), TRACELINT_OUT (the report).
(require 'eglot)
(require 'flymake)

(add-to-list 'eglot-server-programs
             `(java-mode . ("java" "-jar" ,(getenv "TRACELINT_LSP_JAR"))))

(let ((report '()))
  (condition-case failure
      (progn
        (find-file (getenv "TRACELINT_FILE"))
        (java-mode)
        ;; eglot-ensure waits for the next command, which never comes in batch mode: connect now.
        (apply #'eglot--connect (eglot--guess-contact))
        (with-timeout (60 (push "timeout" report))
          (while (null (flymake-diagnostics))
            (flymake-start)
            (accept-process-output nil 0.1)))
        (dolist (diagnostic (flymake-diagnostics))
          (push (format "diagnostic line %d type %s: %s"
                        (line-number-at-pos (flymake-diagnostic-beg diagnostic))
                        (flymake-diagnostic-type diagnostic)
                        (flymake-diagnostic-text diagnostic))
                report))
        (eglot-shutdown (eglot-current-server)))
    (error (push (format "error %S" failure) report)))
  (with-temp-file (getenv "TRACELINT_OUT")
    (insert (mapconcat #'identity (nreverse report) "\n") "\n")))
