package io.callglobe.render;

/** Column-major 4x4 float matrices, the layout glUniformMatrix4fv expects without transposing. */
final class Mat4 {
    private Mat4() {
    }

    static float[] perspective(double fovYDegrees, double aspect, double near, double far) {
        double f = 1.0 / Math.tan(Math.toRadians(fovYDegrees) / 2);
        float[] m = new float[16];
        m[0] = (float) (f / aspect);
        m[5] = (float) f;
        m[10] = (float) ((far + near) / (near - far));
        m[11] = -1f;
        m[14] = (float) (2 * far * near / (near - far));
        return m;
    }

    static float[] lookAt(double[] eye, double[] target, double[] up) {
        double[] f = Vec3.normalize(Vec3.sub(target, eye));
        double[] s = Vec3.normalize(Vec3.cross(f, up));
        double[] u = Vec3.cross(s, f);
        float[] m = new float[16];
        m[0] = (float) s[0];
        m[4] = (float) s[1];
        m[8] = (float) s[2];
        m[1] = (float) u[0];
        m[5] = (float) u[1];
        m[9] = (float) u[2];
        m[2] = (float) -f[0];
        m[6] = (float) -f[1];
        m[10] = (float) -f[2];
        m[12] = (float) -Vec3.dot(s, eye);
        m[13] = (float) -Vec3.dot(u, eye);
        m[14] = (float) Vec3.dot(f, eye);
        m[15] = 1f;
        return m;
    }

    static float[] multiply(float[] a, float[] b) {
        float[] r = new float[16];
        for (int col = 0; col < 4; col++) {
            for (int row = 0; row < 4; row++) {
                float sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += a[k * 4 + row] * b[col * 4 + k];
                }
                r[col * 4 + row] = sum;
            }
        }
        return r;
    }
}
