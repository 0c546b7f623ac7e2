package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A linked vertex + fragment program whose sources live in the top-level {@code shaders/} folder. */
final class ShaderProgram {
    private final int id;
    private final Map<String, Integer> uniforms = new HashMap<>();
    private final GL3 gl;

    ShaderProgram(GL3 gl, String name) {
        this(gl, name, name);
    }

    ShaderProgram(GL3 gl, String vertexName, String fragmentName) {
        this.gl = gl;
        String name = vertexName.equals(fragmentName) ? vertexName : vertexName + "+" + fragmentName;
        int vertex = compile(gl, GL3.GL_VERTEX_SHADER, vertexName + ".vert");
        int fragment = compile(gl, GL3.GL_FRAGMENT_SHADER, fragmentName + ".frag");
        id = gl.glCreateProgram();
        gl.glAttachShader(id, vertex);
        gl.glAttachShader(id, fragment);
        gl.glLinkProgram(id);
        int[] status = new int[1];
        gl.glGetProgramiv(id, GL3.GL_LINK_STATUS, status, 0);
        if (status[0] == 0) {
            throw new IllegalStateException("shader program " + name + " failed to link: " + programLog(gl, id));
        }
        gl.glDeleteShader(vertex);
        gl.glDeleteShader(fragment);
    }

    void use() {
        gl.glUseProgram(id);
    }

    int uniform(String name) {
        return uniforms.computeIfAbsent(name, n -> gl.glGetUniformLocation(id, n));
    }

    void set(String name, float value) {
        gl.glUniform1f(uniform(name), value);
    }

    void set(String name, int value) {
        gl.glUniform1i(uniform(name), value);
    }

    void set(String name, float x, float y) {
        gl.glUniform2f(uniform(name), x, y);
    }

    void set(String name, float x, float y, float z) {
        gl.glUniform3f(uniform(name), x, y, z);
    }

    void set(String name, float x, float y, float z, float w) {
        gl.glUniform4f(uniform(name), x, y, z, w);
    }

    void setMatrix(String name, float[] columnMajor) {
        gl.glUniformMatrix4fv(uniform(name), 1, false, columnMajor, 0);
    }

    void delete() {
        gl.glDeleteProgram(id);
    }

    private static int compile(GL3 gl, int type, String file) {
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {readSource(file)}, null);
        gl.glCompileShader(shader);
        int[] status = new int[1];
        gl.glGetShaderiv(shader, GL3.GL_COMPILE_STATUS, status, 0);
        if (status[0] == 0) {
            int[] length = new int[1];
            gl.glGetShaderiv(shader, GL3.GL_INFO_LOG_LENGTH, length, 0);
            byte[] log = new byte[Math.max(1, length[0])];
            gl.glGetShaderInfoLog(shader, log.length, null, 0, log, 0);
            throw new IllegalStateException("shader " + file + " failed to compile: "
                    + new String(log, StandardCharsets.UTF_8).trim());
        }
        return shader;
    }

    private static String programLog(GL3 gl, int program) {
        int[] length = new int[1];
        gl.glGetProgramiv(program, GL3.GL_INFO_LOG_LENGTH, length, 0);
        byte[] log = new byte[Math.max(1, length[0])];
        gl.glGetProgramInfoLog(program, log.length, null, 0, log, 0);
        return new String(log, StandardCharsets.UTF_8).trim();
    }

    private static String readSource(String file) {
        try (InputStream in = ShaderProgram.class.getResourceAsStream("/shaders/" + file)) {
            if (in == null) {
                throw new IllegalStateException("shader source shaders/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shaders/" + file, e);
        }
    }
}
