# Sourced by the bench scripts: javac with Error Prone inside a plain JVM needs the compiler's internals opened, as in
# any in-process Error Prone build (Maven passes the same flags through .mvn/jvm.config).
JAVAC_ACCESS=()
for package in api file main model parser processing tree util; do
  JAVAC_ACCESS+=("--add-exports=jdk.compiler/com.sun.tools.javac.$package=ALL-UNNAMED")
done
JAVAC_ACCESS+=("--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED"
  "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")
