	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	mtctr 10
.L2:
	bdnz .L3
	blr
.L3:
	lbzx 10,4,9
	stbx 10,3,9
	addi 9,9,1
	b .L2
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	mtctr 10
.L5:
	bdnz .L6
	blr
.L6:
	stbx 4,3,9
	addi 9,9,1
	b .L5
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB2:
	.cfi_startproc
	cmplw 0,3,4
	addi 9,5,1
	mtctr 9
	bge- 0,.L9
	addi 10,5,1
	li 9,0
	mtctr 10
	b .L8
.L10:
	lbzx 10,4,9
	stbx 10,3,9
	addi 9,9,1
.L8:
	bdnz .L10
	blr
.L11:
	lbzx 9,4,5
	stbx 9,3,5
.L9:
	addi 5,5,-1
	bdnz .L11
	blr
	.cfi_endproc
.LFE2:
	.size	memmove,.-memmove
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB3:
	.cfi_startproc
	addi 9,5,1
	li 10,0
	addi 4,4,-1
	mtctr 9
.L16:
	bdnz .L18
	li 3,0
	blr
.L18:
	lbzx 8,3,10
	addi 10,10,1
	lbzx 9,4,10
	rlwinm 8,8,0,0xff
	cmpw 0,8,9
	beq+ 0,.L16
	subf 3,9,8
	blr
	.cfi_endproc
.LFE3:
	.size	memcmp,.-memcmp
	.align 2
	.globl strlen
	.type	strlen, @function
strlen:
.LFB4:
	.cfi_startproc
	mr 9,3
	li 3,0
.L21:
	lbzx 10,9,3
	cmpwi 0,10,0
	beqlr- 0
	addi 3,3,1
	b .L21
	.cfi_endproc
.LFE4:
	.size	strlen,.-strlen
	.align 2
	.globl put_str
	.type	put_str, @function
put_str:
.LFB5:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	bl strlen
	lwz 0,20(1)
	mr 4,31
	lwz 31,12(1)
	mr 5,3
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	li 3,1
	mtlr 0
	.cfi_restore 65
	b sys_write
	.cfi_endproc
.LFE5:
	.size	put_str,.-put_str
	.align 2
	.globl put_char
	.type	put_char, @function
put_char:
.LFB6:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 5,1
	stb 3,8(1)
	addi 4,1,8
	li 3,1
	stw 0,20(1)
	.cfi_offset 65, 4
	bl sys_write
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE6:
	.size	put_char,.-put_char
	.globl __umoddi3
	.globl __udivdi3
	.align 2
	.globl put_uint
	.type	put_uint, @function
put_uint:
.LFB7:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stmw 26,40(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 30,4
	li 29,24
	addi 28,1,8
.L32:
	li 5,0
	li 6,10
	mr 3,31
	mr 4,30
	bl __umoddi3
	addi 29,29,-1
	addi 4,4,48
	mr 26,31
	stbx 4,29,28
	mr 3,31
	mr 4,30
	li 5,0
	li 6,10
	mr 27,30
	bl __udivdi3
	cmpwi 0,26,0
	mr 31,3
	mr 30,4
	bne+ 0,.L32
	cmplwi 0,27,9
	bgt+ 0,.L32
	subfic 5,29,24
	add 4,28,29
	li 3,1
	bl sys_write
	addi 11,1,64
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE7:
	.size	put_uint,.-put_uint
	.align 2
	.globl put_int
	.type	put_int, @function
put_int:
.LFB8:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr. 30,3
	stw 0,20(1)
	.cfi_offset 65, 4
	bge+ 0,.L35
	mr 31,4
	li 3,45
	bl put_char
	subfic 4,31,0
	subfze 3,30
.L35:
	lwz 0,20(1)
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b put_uint
	.cfi_endproc
.LFE8:
	.size	put_int,.-put_int
	.align 2
	.globl put_hex
	.type	put_hex, @function
put_hex:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	lis 9,0x3078
	lis 8,.LANCHOR0@ha
	li 10,8
	la 8,.LANCHOR0@l(8)
	stw 0,36(1)
	.cfi_offset 65, 4
	addi 7,1,9
	stw 9,8(1)
	li 9,0
	stw 9,12(1)
	mtctr 10
	sth 9,16(1)
	li 9,28
.L39:
	srw 10,3,9
	addi 9,9,-4
	rlwinm 10,10,0,28,31
	lbzx 10,8,10
	stbu 10,1(7)
	bdnz .L39
	addi 4,1,8
	li 5,10
	li 3,1
	bl sys_write
	lwz 0,36(1)
	addi 1,1,32
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE9:
	.size	put_hex,.-put_hex
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	digits.0, @object
	.size	digits.0, 17
digits.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
