	.file	"arith64.c"
	.machine "440"
	.section	".text"
	.globl __divdi3
	.align 2
	.type	sdiv, @function
sdiv:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 5,16(31)
	lwz 6,20(31)
	lwz 3,8(31)
	lwz 4,12(31)
	bl __divdi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	sdiv,.-sdiv
	.globl __moddi3
	.align 2
	.type	smod, @function
smod:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 10,8(31)
	lwz 11,12(31)
	lwz 5,16(31)
	lwz 6,20(31)
	mr 3,10
	mr 4,11
	bl __moddi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	smod,.-smod
	.globl __udivdi3
	.align 2
	.type	udiv, @function
udiv:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 5,16(31)
	lwz 6,20(31)
	lwz 3,8(31)
	lwz 4,12(31)
	bl __udivdi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	udiv,.-udiv
	.globl __umoddi3
	.align 2
	.type	umod, @function
umod:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 10,8(31)
	lwz 11,12(31)
	lwz 5,16(31)
	lwz 6,20(31)
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	umod,.-umod
	.align 2
	.type	shl, @function
shl:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 9,16(31)
	addi 9,9,-32
	cmpwi 0,9,0
	blt 0,.L10
	lwz 8,12(31)
	slw 10,8,9
	li 11,0
	b .L12
.L10:
	lwz 9,12(31)
	srwi 8,9,1
	lwz 9,16(31)
	subfic 9,9,31
	srw 9,8,9
	lwz 7,8(31)
	lwz 8,16(31)
	slw 10,7,8
	or 10,9,10
	lwz 8,12(31)
	lwz 9,16(31)
	slw 11,8,9
.L12:
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	shl,.-shl
	.align 2
	.type	shr, @function
shr:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 9,16(31)
	addi 9,9,-32
	cmpwi 0,9,0
	blt 0,.L14
	lwz 8,8(31)
	srw 11,8,9
	li 10,0
	b .L16
.L14:
	lwz 9,8(31)
	slwi 8,9,1
	lwz 9,16(31)
	subfic 9,9,31
	slw 9,8,9
	lwz 7,12(31)
	lwz 8,16(31)
	srw 11,7,8
	or 11,9,11
	lwz 8,8(31)
	lwz 9,16(31)
	srw 10,8,9
.L16:
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	shr,.-shr
	.align 2
	.type	sar, @function
sar:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 9,16(31)
	addi 9,9,-32
	cmpwi 0,9,0
	blt 0,.L18
	lwz 8,8(31)
	sraw 11,8,9
	lwz 9,8(31)
	srawi 10,9,31
	b .L20
.L18:
	lwz 9,8(31)
	slwi 8,9,1
	lwz 9,16(31)
	subfic 9,9,31
	slw 9,8,9
	lwz 7,12(31)
	lwz 8,16(31)
	srw 11,7,8
	or 11,9,11
	lwz 8,8(31)
	lwz 9,16(31)
	sraw 10,8,9
.L20:
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	sar,.-sar
	.align 2
	.type	mul, @function
mul:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 8,8(31)
	lwz 9,20(31)
	mullw 8,8,9
	lwz 7,16(31)
	lwz 9,12(31)
	mullw 9,7,9
	add 7,8,9
	lwz 8,12(31)
	lwz 9,20(31)
	mullw 6,8,9
	mulhwu 9,8,9
	mr 11,6
	mr 10,9
	add 9,7,10
	mr 10,9
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	mul,.-mul
	.align 2
	.type	mulhi64, @function
mulhi64:
.LFB8:
	.cfi_startproc
	stwu 1,-240(1)
	.cfi_def_cfa_offset 240
	stw 14,168(1)
	stw 15,172(1)
	stw 16,176(1)
	stw 17,180(1)
	stw 18,184(1)
	stw 19,188(1)
	stw 20,192(1)
	stw 21,196(1)
	stw 22,200(1)
	stw 23,204(1)
	stw 24,208(1)
	stw 25,212(1)
	stw 26,216(1)
	stw 27,220(1)
	stw 28,224(1)
	stw 29,228(1)
	stw 31,236(1)
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,88(31)
	stw 4,92(31)
	stw 5,96(31)
	stw 6,100(31)
	lwz 9,92(31)
	stw 9,12(31)
	li 9,0
	stw 9,8(31)
	lwz 9,88(31)
	srwi 11,9,0
	li 10,0
	stw 10,16(31)
	stw 11,20(31)
	lwz 9,100(31)
	stw 9,28(31)
	li 9,0
	stw 9,24(31)
	lwz 9,96(31)
	srwi 27,9,0
	li 26,0
	stw 26,32(31)
	stw 27,36(31)
	lwz 10,8(31)
	lwz 9,28(31)
	mullw 8,10,9
	lwz 10,24(31)
	lwz 9,12(31)
	mullw 9,10,9
	add 7,8,9
	lwz 10,12(31)
	lwz 9,28(31)
	mullw 8,10,9
	mulhwu 9,10,9
	mr 29,8
	mr 28,9
	add 9,7,28
	mr 28,9
	stw 28,40(31)
	stw 29,44(31)
	stw 28,40(31)
	stw 29,44(31)
	lwz 10,8(31)
	lwz 9,36(31)
	mullw 8,10,9
	lwz 10,32(31)
	lwz 9,12(31)
	mullw 9,10,9
	add 7,8,9
	lwz 10,12(31)
	lwz 9,36(31)
	mullw 8,10,9
	mulhwu 9,10,9
	mr 25,8
	mr 24,9
	add 9,7,24
	mr 24,9
	stw 24,48(31)
	stw 25,52(31)
	stw 24,48(31)
	stw 25,52(31)
	lwz 10,16(31)
	lwz 9,28(31)
	mullw 10,10,9
	lwz 8,24(31)
	lwz 9,20(31)
	mullw 9,8,9
	add 8,10,9
	lwz 10,20(31)
	lwz 9,28(31)
	mullw 7,10,9
	mulhwu 9,10,9
	mr 21,7
	mr 20,9
	add 9,8,20
	mr 20,9
	stw 20,56(31)
	stw 21,60(31)
	stw 20,56(31)
	stw 21,60(31)
	lwz 10,16(31)
	lwz 9,36(31)
	mullw 10,10,9
	lwz 8,32(31)
	lwz 9,20(31)
	mullw 9,8,9
	add 8,10,9
	lwz 10,20(31)
	lwz 9,36(31)
	mullw 7,10,9
	mulhwu 9,10,9
	mr 23,7
	mr 22,9
	add 9,8,22
	mr 22,9
	stw 22,64(31)
	stw 23,68(31)
	stw 22,64(31)
	stw 23,68(31)
	lwz 9,40(31)
	srwi 9,9,0
	stw 9,108(31)
	li 6,0
	stw 6,104(31)
	lwz 9,52(31)
	stw 9,116(31)
	stw 6,112(31)
	lwz 7,104(31)
	lwz 8,108(31)
	mr 5,8
	lwz 9,112(31)
	lwz 10,116(31)
	mr 4,10
	addc 5,5,4
	stw 5,124(31)
	mr 8,7
	adde 9,8,9
	stw 9,120(31)
	lwz 9,60(31)
	stw 9,132(31)
	stw 6,128(31)
	lwz 7,120(31)
	lwz 8,124(31)
	mr 5,8
	lwz 9,128(31)
	lwz 10,132(31)
	mr 4,10
	addc 5,5,4
	stw 5,164(31)
	mr 8,7
	adde 9,8,9
	stw 9,160(31)
	lwz 9,160(31)
	lwz 10,164(31)
	stw 9,72(31)
	stw 10,76(31)
	lwz 9,48(31)
	srwi 9,9,0
	stw 9,140(31)
	stw 6,136(31)
	lwz 10,64(31)
	lwz 11,68(31)
	lwz 8,136(31)
	lwz 9,140(31)
	mr 7,9
	addc 7,7,11
	stw 7,148(31)
	mr 9,8
	adde 9,9,10
	stw 9,144(31)
	lwz 9,56(31)
	srwi 15,9,0
	li 14,0
	lwz 9,144(31)
	lwz 10,148(31)
	mr 8,10
	addc 17,8,15
	adde 16,9,14
	lwz 9,72(31)
	srwi 19,9,0
	li 18,0
	addc 9,17,19
	stw 9,156(31)
	adde 9,16,18
	stw 9,152(31)
	lwz 10,152(31)
	lwz 11,156(31)
	mr 3,10
	mr 4,11
	addi 11,31,240
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	mulhi64,.-mulhi64
	.section	.rodata
	.align 2
.LC0:
	.string	"bad signed division"
	.align 2
.LC1:
	.string	"bad unsigned division"
	.align 2
.LC2:
	.string	"division check"
	.align 2
.LC3:
	.string	"-999999999999/7"
	.align 2
.LC4:
	.string	"-999999999999%7"
	.align 2
.LC5:
	.string	"max/3"
	.align 2
.LC6:
	.string	"max%1000003"
	.align 2
.LC7:
	.string	"shifts"
	.align 2
.LC8:
	.string	"shl 32"
	.align 2
.LC9:
	.string	"shr 33"
	.align 2
.LC10:
	.string	"sar 63"
	.align 2
.LC11:
	.string	"mulhi"
	.align 2
.LC12:
	.string	"mul"
	.align 2
.LC13:
	.string	"compares"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-224(1)
	.cfi_def_cfa_offset 224
	mflr 0
	stw 0,228(1)
	stw 14,152(1)
	stw 15,156(1)
	stw 16,160(1)
	stw 17,164(1)
	stw 18,168(1)
	stw 19,172(1)
	stw 20,176(1)
	stw 21,180(1)
	stw 22,184(1)
	stw 23,188(1)
	stw 24,192(1)
	stw 25,196(1)
	stw 26,200(1)
	stw 27,204(1)
	stw 28,208(1)
	stw 29,212(1)
	stw 31,220(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,12
	stw 9,48(31)
	li 10,0
	li 11,0
	stw 10,8(31)
	stw 11,12(31)
	li 9,0
	stw 9,16(31)
	b .L26
.L36:
	li 9,0
	stw 9,20(31)
	b .L27
.L35:
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,16(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,64(31)
	stw 11,68(31)
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,72(31)
	stw 11,76(31)
	lwz 9,72(31)
	lwz 10,76(31)
	or 9,9,10
	cmpwi 0,9,0
	beq 0,.L51
	lwz 5,72(31)
	lwz 6,76(31)
	lwz 3,64(31)
	lwz 4,68(31)
	bl sdiv
	stw 3,80(31)
	stw 4,84(31)
	lwz 5,72(31)
	lwz 6,76(31)
	lwz 3,64(31)
	lwz 4,68(31)
	bl smod
	stw 3,88(31)
	stw 4,92(31)
	lwz 10,80(31)
	lwz 9,76(31)
	mullw 10,10,9
	lwz 8,72(31)
	lwz 9,84(31)
	mullw 9,8,9
	add 8,10,9
	lwz 10,84(31)
	lwz 9,76(31)
	mullw 7,10,9
	mulhwu 9,10,9
	mr 27,7
	mr 26,9
	add 9,8,26
	mr 26,9
	lwz 10,88(31)
	lwz 11,92(31)
	addc 17,27,11
	adde 16,26,10
	lwz 9,64(31)
	cmpw 0,9,16
	bne 0,.L49
	lwz 9,68(31)
	cmpw 0,9,17
	beq 0,.L30
.L49:
	lwz 9,16(31)
	mulli 10,9,100
	lwz 9,20(31)
	add 9,10,9
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
.L30:
	lwz 10,64(31)
	lwz 11,68(31)
	lwz 8,72(31)
	lwz 9,76(31)
	mr 5,8
	mr 6,9
	mr 3,10
	mr 4,11
	bl udiv
	stw 3,96(31)
	stw 4,100(31)
	lwz 10,64(31)
	lwz 11,68(31)
	lwz 8,72(31)
	lwz 9,76(31)
	mr 5,8
	mr 6,9
	mr 3,10
	mr 4,11
	bl umod
	stw 3,104(31)
	stw 4,108(31)
	lwz 10,72(31)
	lwz 11,76(31)
	lwz 9,100(31)
	mullw 8,9,10
	lwz 9,96(31)
	mullw 9,9,11
	add 8,8,9
	lwz 9,100(31)
	mullw 7,9,11
	mulhwu 9,9,11
	mr 25,7
	mr 24,9
	add 9,8,24
	mr 24,9
	lwz 10,104(31)
	lwz 11,108(31)
	addc 15,25,11
	adde 14,24,10
	lwz 10,64(31)
	lwz 11,68(31)
	cmplw 0,14,10
	bne 0,.L32
	cmplw 0,15,11
	bne 0,.L32
	lwz 10,72(31)
	lwz 11,76(31)
	lwz 9,104(31)
	cmplw 0,9,10
	blt 0,.L33
	lwz 9,104(31)
	cmpw 0,9,10
	bne 0,.L32
	lwz 9,108(31)
	cmplw 0,9,11
	blt 0,.L33
.L32:
	lwz 9,16(31)
	mulli 10,9,100
	lwz 9,20(31)
	add 9,10,9
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
.L33:
	lwz 9,8(31)
	mulli 10,9,31
	lwz 9,12(31)
	mulli 9,9,0
	add 8,10,9
	lwz 10,12(31)
	li 9,31
	mullw 7,10,9
	mulhwu 9,10,9
	mr 23,7
	mr 22,9
	add 9,8,22
	mr 22,9
	lwz 10,80(31)
	lwz 11,84(31)
	addc 9,23,11
	stw 9,124(31)
	adde 9,22,10
	stw 9,120(31)
	lwz 9,108(31)
	srwi 9,9,31
	lwz 10,104(31)
	slwi 28,10,1
	or 28,9,28
	lwz 9,108(31)
	slwi 29,9,1
	lwz 9,120(31)
	lwz 10,124(31)
	mr 8,10
	addc 8,8,29
	stw 8,132(31)
	adde 9,9,28
	stw 9,128(31)
	lwz 5,72(31)
	lwz 6,76(31)
	lwz 3,64(31)
	lwz 4,68(31)
	bl mul
	mr 11,4
	mr 10,3
	lwz 8,128(31)
	lwz 9,132(31)
	mr 7,9
	addc 7,7,11
	stw 7,140(31)
	mr 9,8
	adde 9,9,10
	stw 9,136(31)
	lwz 9,136(31)
	lwz 10,140(31)
	stw 9,8(31)
	stw 10,12(31)
	b .L29
.L51:
	nop
.L29:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L27:
	lwz 10,20(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L35
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L26:
	lwz 10,16(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L36
	lwz 5,8(31)
	lwz 6,12(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_hex64
	li 5,0
	li 6,7
	li 3,-233
	lis 4,0x2b5a
	ori 4,4,0xf001
	bl sdiv
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_i64
	li 5,0
	li 6,7
	li 3,-233
	lis 4,0x2b5a
	ori 4,4,0xf001
	bl smod
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_i64
	li 5,0
	li 6,3
	li 3,-1
	li 4,-1
	bl udiv
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex64
	li 5,0
	lis 6,0xf
	ori 6,6,0x4243
	li 3,-1
	li 4,-1
	bl umod
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_hex64
	lis 10,0x8123
	ori 10,10,0x4567
	lis 11,0x89ab
	ori 11,11,0xcdef
	stw 10,56(31)
	stw 11,60(31)
	li 10,0
	li 11,0
	stw 10,24(31)
	stw 11,28(31)
	li 9,0
	stw 9,32(31)
	b .L37
.L38:
	lwz 5,32(31)
	lwz 3,56(31)
	lwz 4,60(31)
	bl shl
	mr 29,4
	mr 28,3
	lwz 5,32(31)
	lwz 3,56(31)
	lwz 4,60(31)
	bl shr
	mr 11,4
	mr 10,3
	addc 21,29,11
	adde 20,28,10
	lwz 10,56(31)
	lwz 11,60(31)
	lwz 5,32(31)
	mr 3,10
	mr 4,11
	bl sar
	mr 11,4
	mr 10,3
	addc 19,21,11
	adde 18,20,10
	lwz 10,24(31)
	lwz 11,28(31)
	xor 9,10,18
	stw 9,144(31)
	xor 9,11,19
	stw 9,148(31)
	lwz 9,144(31)
	lwz 10,148(31)
	stw 9,24(31)
	stw 10,28(31)
	lwz 9,32(31)
	addi 9,9,5
	stw 9,32(31)
.L37:
	lwz 9,32(31)
	cmpwi 0,9,63
	ble 0,.L38
	lwz 5,24(31)
	lwz 6,28(31)
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_hex64
	li 5,32
	lwz 3,56(31)
	lwz 4,60(31)
	bl shl
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_hex64
	li 5,33
	lwz 3,56(31)
	lwz 4,60(31)
	bl shr
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_hex64
	lwz 10,56(31)
	lwz 11,60(31)
	li 5,63
	mr 3,10
	mr 4,11
	bl sar
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_hex64
	lis 5,0x123
	ori 5,5,0x4567
	lis 6,0x89ab
	ori 6,6,0xcdef
	lis 3,0xfedc
	ori 3,3,0xba98
	lis 4,0x7654
	ori 4,4,0x3210
	bl mulhi64
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_hex64
	li 5,0
	lis 6,0x3ade
	ori 6,6,0x68b1
	li 3,-1
	lis 4,0xf8a4
	ori 4,4,0x32eb
	bl mul
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_i64
	li 9,0
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L39
.L47:
	li 9,0
	stw 9,44(31)
	b .L40
.L46:
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,40(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	lis 9,vals.0@ha
	la 8,vals.0@l(9)
	lwz 9,44(31)
	slwi 9,9,3
	add 9,8,9
	lwz 8,0(9)
	lwz 9,4(9)
	li 7,1
	cmpw 0,8,10
	bgt 0,.L41
	cmplw 0,8,10
	bne 0,.L42
	cmplw 0,9,11
	bgt 0,.L41
.L42:
	li 7,0
.L41:
	rlwinm 7,7,0,0xff
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,40(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	lis 9,vals.0@ha
	la 8,vals.0@l(9)
	lwz 9,44(31)
	slwi 9,9,3
	add 9,8,9
	lwz 8,0(9)
	lwz 9,4(9)
	cmplw 0,8,10
	bgt 0,.L50
	cmplw 0,8,10
	bne 0,.L43
	cmplw 0,9,11
	ble 0,.L43
.L50:
	li 9,2
	b .L45
.L43:
	li 9,0
.L45:
	add 9,9,7
	lwz 10,36(31)
	add 9,10,9
	stw 9,36(31)
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L40:
	lwz 10,44(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L46
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L39:
	lwz 10,40(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L47
	lwz 4,36(31)
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_int
	lwz 9,12(31)
	rlwinm 9,9,0,26,31
	addi 9,9,1
	mr 3,9
	addi 11,31,224
	lwz 0,4(11)
	mtlr 0
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 3
	.type	vals.0, @object
	.size	vals.0, 96
vals.0:
	.long	0
	.long	0
	.long	0
	.long	1
	.long	-1
	.long	-1
	.long	0
	.long	7
	.long	-1
	.long	-7
	.long	0
	.long	1000000007
	.long	-233
	.long	727379969
	.long	2147483647
	.long	-1
	.long	-2147483648
	.long	1
	.long	19088743
	.long	-1985229329
	.long	-1
	.long	0
	.long	0
	.long	-1
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
